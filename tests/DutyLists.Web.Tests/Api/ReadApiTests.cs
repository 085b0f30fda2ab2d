using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DutyLists.Web.Tests.Infrastructure;

namespace DutyLists.Web.Tests.Api;

public sealed class ReadApiTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<JsonElement> GetJson(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The items of one page big enough for any seed township's list.</summary>
    private async Task<JsonElement> Duties(string url) =>
        (await GetJson(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "pageSize=500")).GetProperty("items");

    private async Task<int> TownshipId(string name)
    {
        var townships = await GetJson("/api/townships");
        return townships.EnumerateArray().Single(t => t.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();
    }

    [Theory]
    [InlineData("加尕斯台镇", "镇", "察布查尔锡伯自治县", "伊犁哈萨克自治州", "新疆维吾尔自治区", "2025 年 7 月", 87, 123, 52)]
    [InlineData("大石头乡", "乡", "木垒县", "昌吉回族自治州", "新疆维吾尔自治区", "2025年7月", 105, 103, 37)]
    [InlineData("卜尔汉图镇", "镇", "昆都仑区", "包头市", "内蒙古自治区", null, 0, 69, 0)]
    [InlineData("三台镇", "镇", "吉木萨尔县", "昌吉回族自治州", "新疆维吾尔自治区", "2025 年 7 月", 108, 102, 31)]
    public async Task TownshipsListsEachSeedTownshipWithItsCounts(
        string name, string level, string county, string prefecture, string region, string? date, int basic, int cooperative, int reclaimed)
    {
        var townships = await GetJson("/api/townships");
        var t = townships.EnumerateArray().Single(t => t.GetProperty("name").GetString() == name);
        Assert.Equal(level, t.GetProperty("level").GetString());
        Assert.Equal(county, t.GetProperty("county").GetString());
        Assert.Equal(prefecture, t.GetProperty("prefecture").GetString());
        Assert.Equal(region, t.GetProperty("region").GetString());
        Assert.Equal(date, t.GetProperty("documentDate").GetString());
        var counts = t.GetProperty("counts");
        Assert.Equal(basic, counts.GetProperty("basic").GetInt32());
        Assert.Equal(cooperative, counts.GetProperty("cooperative").GetInt32());
        Assert.Equal(reclaimed, counts.GetProperty("reclaimed").GetInt32());
    }

    [Fact]
    public async Task DutiesComeInDocumentOrderWithCamelCaseFields()
    {
        var id = await TownshipId("加尕斯台镇");
        var duties = (await Duties($"/api/townships/{id}/duties")).EnumerateArray().ToList();
        Assert.Equal(87 + 123 + 52, duties.Count);
        Assert.Equal(["basic", "cooperative", "reclaimed"], duties.Select(d => d.GetProperty("kind").GetString()).Distinct());
        var first = duties[0];
        Assert.Equal(1, first.GetProperty("number").GetInt32());
        Assert.Equal("党的建设", first.GetProperty("category").GetString());
        Assert.StartsWith("深入学习贯彻习近平新时代中国特色社会主义思想", first.GetProperty("name").GetString(), StringComparison.Ordinal);

        var coop1 = duties.First(d => d.GetProperty("kind").GetString() == "cooperative");
        Assert.Equal("推荐县级以上党代表工作", coop1.GetProperty("name").GetString());
        Assert.Equal(["县委组织部"], coop1.GetProperty("departments").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal("1.确定代表名额，并分配至镇党委；", coop1.GetProperty("departmentResponsibilities")[0].GetString());
        Assert.Equal(3, coop1.GetProperty("departmentResponsibilities").GetArrayLength());
        Assert.False(coop1.GetProperty("discontinued").GetBoolean());
    }

    [Fact]
    public async Task DutiesComeInPagesOfAHundredWithTheTotalAndALinkToTheNext()
    {
        var id = await TownshipId("加尕斯台镇");
        var response = await _client.GetAsync(new Uri($"/api/townships/{id}/duties?kind=cooperative", UriKind.Relative));
        var first = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(123, first.GetProperty("total").GetInt32());
        Assert.Equal(1, first.GetProperty("page").GetInt32());
        Assert.Equal(100, first.GetProperty("pageSize").GetInt32());
        Assert.Equal(100, first.GetProperty("items").GetArrayLength());
        var next = first.GetProperty("next").GetString()!;
        Assert.Equal($"/api/townships/{id}/duties?kind=cooperative&page=2", next);
        Assert.Equal($"<{next}>; rel=\"next\"", response.Headers.GetValues("Link").Single());

        var second = await GetJson(next);
        Assert.Equal(23, second.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
        Assert.Equal(
            Enumerable.Range(1, 123),
            first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(d => d.GetProperty("number").GetInt32()));
    }

    [Fact]
    public async Task APageSizeWalksTheWholeListInDocumentOrderAndAPageBeyondTheEndIsEmpty()
    {
        var id = await TownshipId("加尕斯台镇");
        var all = (await Duties($"/api/townships/{id}/duties")).EnumerateArray().Select(d => d.GetProperty("id").GetInt32()).ToList();
        var walked = new List<int>();
        string? url = $"/api/townships/{id}/duties?pageSize=40";
        var pages = 0;
        while (url is not null)
        {
            var page = await GetJson(url);
            walked.AddRange(page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetInt32()));
            url = page.GetProperty("next").GetString();
            pages++;
        }

        Assert.Equal(7, pages);
        Assert.Equal(all, walked);
        var beyond = await GetJson($"/api/townships/{id}/duties?page=99&pageSize=40");
        Assert.Equal(262, beyond.GetProperty("total").GetInt32());
        Assert.Equal(0, beyond.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task KindCategoryAndDepartmentFiltersNarrowTheList()
    {
        var id = await TownshipId("加尕斯台镇");
        var basic = await Duties($"/api/townships/{id}/duties?kind=basic&category=党的建设");
        Assert.Equal(22, basic.GetArrayLength());

        var departments = await GetJson("/api/departments");
        var water = departments.EnumerateArray().Single(d => d.GetProperty("name").GetString() == "县水利局" && d.GetProperty("county").GetString() == "察布查尔锡伯自治县");
        var waterId = water.GetProperty("id").GetInt32();
        var coop = await Duties($"/api/townships/{id}/duties?kind=cooperative&department={waterId}");
        Assert.Equal(11, coop.GetArrayLength());
        Assert.All(coop.EnumerateArray(), d => Assert.Contains("县水利局", d.GetProperty("departments").EnumerateArray().Select(x => x.GetString())));
        Assert.Equal(11, water.GetProperty("cooperativeCount").GetInt32());
        Assert.Equal(9, water.GetProperty("reclaimedCount").GetInt32());
    }

    [Fact]
    public async Task TextSearchRequiresEveryWord()
    {
        var id = await TownshipId("三台镇");
        var all = await Duties($"/api/townships/{id}/duties?q=消防");
        var both = await Duties($"/api/townships/{id}/duties?q=消防 宣传");
        Assert.True(all.GetArrayLength() > both.GetArrayLength());
        Assert.True(both.GetArrayLength() > 0);
    }

    [Fact]
    public async Task ReclaimedDutiesWithNoDepartmentAreMarkedDiscontinued()
    {
        var id = await TownshipId("加尕斯台镇");
        var reclaimed = (await Duties($"/api/townships/{id}/duties?kind=reclaimed")).EnumerateArray().ToList();
        var first = reclaimed.Single(d => d.GetProperty("number").GetInt32() == 1);
        Assert.True(first.GetProperty("discontinued").GetBoolean());
        Assert.Empty(first.GetProperty("departments").EnumerateArray());
        var second = reclaimed.Single(d => d.GetProperty("number").GetInt32() == 2);
        Assert.False(second.GetProperty("discontinued").GetBoolean());
        Assert.NotEmpty(second.GetProperty("departments").EnumerateArray());
    }

    [Fact]
    public async Task DepartmentAliasesAreMergedIntoTheCanonicalName()
    {
        var departments = (await GetJson("/api/departments")).EnumerateArray().ToList();
        var disabled = departments.Single(d => d.GetProperty("name").GetString() == "吉木萨尔县残疾人联合会");
        Assert.Contains("吉木萨尔县残联", disabled.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.DoesNotContain(departments, d => d.GetProperty("name").GetString() == "吉木萨尔县残联");
    }

    [Theory]
    [InlineData("/api/townships/999999")]
    [InlineData("/api/townships/999999/duties")]
    [InlineData("/api/duties/999999")]
    public async Task UnknownIdsGive404WithProblemDetails(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("kind=everything", "kind")]
    [InlineData("department=abc", "department")]
    [InlineData("department=-3", "department")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("pageSize=1&pageSize=2", "pageSize")]
    public async Task BadQueryValuesGive400NamingTheParameter(string query, string parameter)
    {
        var id = await TownshipId("三台镇");
        var response = await _client.GetAsync(new Uri($"/api/townships/{id}/duties?{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task HealthEndpointAnswers200()
    {
        var response = await _client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
