using System.Net.Http.Json;
using System.Text.Json;
using DutyLists.Web.Tests.Infrastructure;

namespace DutyLists.Web.Tests.Pages;

/// <summary>
/// The document's own words beside the shared names, in the JSON API and on the pages: 三台镇 (004) writes
/// 吉木萨尔县残联 where the register has 吉木萨尔县残疾人联合会, and 卜尔汉图镇 (003) files 应急管理 under the shared
/// category 应急管理及消防.
/// </summary>
public sealed class DocumentWordsTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<int> TownshipId(string name)
    {
        var townships = await _client.GetFromJsonAsync<JsonElement>(new Uri("/api/townships", UriKind.Relative));
        return townships.EnumerateArray().Single(t => t.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();
    }

    private async Task<JsonElement> CooperativeDuty(string township, int number)
    {
        var page = await _client.GetFromJsonAsync<JsonElement>(new Uri($"/api/townships/{await TownshipId(township)}/duties?kind=cooperative&pageSize=500", UriKind.Relative));
        return page.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("number").GetInt32() == number);
    }

    [Fact]
    public async Task TheApiGivesEachDepartmentsIdSharedNameAndTheDocumentsWords()
    {
        var duty = await CooperativeDuty("三台镇", 40);

        // The existing field keeps the shared names the filters take.
        Assert.Equal(["吉木萨尔县残疾人联合会", "吉木萨尔县民政局"], duty.GetProperty("departments").EnumerateArray().Select(d => d.GetString()));
        var details = duty.GetProperty("departmentDetails").EnumerateArray().ToList();
        Assert.Equal(
            [("吉木萨尔县残疾人联合会", "吉木萨尔县残联"), ("吉木萨尔县民政局", null)],
            details.Select(d => (d.GetProperty("name").GetString(), d.GetProperty("asWritten").GetString())));
        Assert.Equal(JsonValueKind.Null, duty.GetProperty("categoryAsWritten").ValueKind);

        // The id is the department of /api/departments, whose aliases hold the document's words.
        var departments = await _client.GetFromJsonAsync<JsonElement>(new Uri("/api/departments", UriKind.Relative));
        var register = departments.EnumerateArray().Single(d => d.GetProperty("id").GetInt32() == details[0].GetProperty("id").GetInt32());
        Assert.Equal("吉木萨尔县残疾人联合会", register.GetProperty("name").GetString());

        // One duty by its id answers the same.
        var one = await _client.GetFromJsonAsync<JsonElement>(new Uri($"/api/duties/{duty.GetProperty("id").GetInt32()}", UriKind.Relative));
        Assert.Equal("吉木萨尔县残联", one.GetProperty("departmentDetails")[0].GetProperty("asWritten").GetString());
    }

    [Fact]
    public async Task TheApiGivesTheDocumentsCategoryBesideTheSharedOne()
    {
        var duty = await CooperativeDuty("卜尔汉图镇", 27);

        Assert.Equal("应急管理及消防", duty.GetProperty("category").GetString());
        Assert.Equal("应急管理", duty.GetProperty("categoryAsWritten").GetString());
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheNewFieldsAndKeepsTheOldOnes()
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var duty = schemas.GetProperty("DutyDto").GetProperty("properties");

        Assert.Equal(
            ["id", "kind", "number", "category", "name", "departments", "departmentResponsibilities", "townshipResponsibilities", "support",
             "takeover", "discontinued", "warnings", "categoryAsWritten", "departmentDetails"],
            duty.EnumerateObject().Select(p => p.Name));
        Assert.Equal("array", duty.GetProperty("departments").GetProperty("type").GetString());
        Assert.Equal(["id", "name", "asWritten"], schemas.GetProperty("DutyDepartmentDto").GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task TheDutyPageShowsTheDocumentsWordsWithTheSharedNameBeside()
    {
        var duty = await CooperativeDuty("三台镇", 40);
        var page = await _client.GetPage($"/duties/{duty.GetProperty("id").GetInt32()}");

        var chips = page.QuerySelectorAll("ul.department-chips > li").ToList();
        Assert.Equal("吉木萨尔县残联", chips[0].QuerySelector("a")!.TextContent.Trim());
        Assert.Equal("（即 吉木萨尔县残疾人联合会）", chips[0].QuerySelector(".shared-name")!.TextContent.Trim());
        Assert.Equal("吉木萨尔县民政局", chips[1].QuerySelector("a")!.TextContent.Trim());
        Assert.Null(chips[1].QuerySelector(".shared-name"));

        var category = await _client.GetPage($"/duties/{(await CooperativeDuty("卜尔汉图镇", 27)).GetProperty("id").GetInt32()}");
        var tags = category.QuerySelector(".duty-tags")!;
        Assert.Equal("应急管理", tags.QuerySelector(".duty-category")!.TextContent.Trim());
        Assert.Contains("category=%E5%BA%94%E6%80%A5%E7%AE%A1%E7%90%86%E5%8F%8A%E6%B6%88%E9%98%B2", tags.QuerySelector("a.duty-category")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("（即 应急管理及消防）", tags.QuerySelector(".shared-name")!.TextContent.Trim());
    }

    [Fact]
    public async Task TheTownshipTableShowsTheDocumentsCategoryAndDepartments()
    {
        var bu = await _client.GetPage($"/townships/{await TownshipId("卜尔汉图镇")}?kind=cooperative&size=all");
        var row = bu.DutyRows().Single(r => r.QuerySelector("td[data-label=序号]")!.TextContent == "27");
        var category = row.QuerySelector("td[data-label=类别]")!;
        Assert.Equal("应急管理（即 应急管理及消防）", category.TextContent.Trim());
        Assert.Equal("（即 应急管理及消防）", category.QuerySelector(".shared-name")!.TextContent.Trim());
        var plain = bu.DutyRows().Single(r => r.QuerySelector("td[data-label=序号]")!.TextContent == "1");
        Assert.Null(plain.QuerySelector("td[data-label=类别] .shared-name"));

        var santai = await _client.GetPage($"/townships/{await TownshipId("三台镇")}?kind=cooperative&size=all");
        var disabled = santai.DutyRows().Single(r => r.QuerySelector("td[data-label=序号]")!.TextContent == "40");
        var first = disabled.QuerySelector("td[data-label=对应上级部门] ul.department-chips > li")!;
        Assert.Equal("吉木萨尔县残联", first.QuerySelector("a")!.TextContent.Trim());
        Assert.Equal("（即 吉木萨尔县残疾人联合会）", first.QuerySelector(".shared-name")!.TextContent.Trim());
    }
}
