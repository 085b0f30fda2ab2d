using System.Net;
using DutyLists.Web.Tests.Infrastructure;

namespace DutyLists.Web.Tests.Pages;

public sealed class DutyAndDepartmentPageTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<string> DutyUrl(string township, string kind, int number)
    {
        var home = await _client.GetPage("/");
        var townshipUrl = home.QuerySelectorAll("a").Single(a => a.TextContent == township).GetAttribute("href")!;
        var list = await _client.GetPage($"{townshipUrl}?kind={kind}&size=all");
        var row = list.DutyRows().Single(r => r.QuerySelector("td[data-label=序号]")!.TextContent == number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/duties/" + row.GetAttribute("data-duty-id");
    }

    [Fact]
    public async Task ACooperativeDutyShowsBothResponsibilitiesAndLinksItsDepartments()
    {
        var page = await _client.GetPage(await DutyUrl("加尕斯台镇", "cooperative", 1));
        Assert.Equal("推荐县级以上党代表工作", page.QuerySelector("h1")!.TextContent);
        var sections = page.QuerySelectorAll("section").ToDictionary(s => s.QuerySelector("h2")?.TextContent ?? "", s => s);
        Assert.Equal(3, sections["上级部门职责"].QuerySelectorAll("li").Length);
        Assert.Equal("1.确定代表名额，并分配至镇党委；", sections["上级部门职责"].QuerySelector("li")!.TextContent.Replace(" ", "", StringComparison.Ordinal).Trim());
        Assert.Equal(5, sections["乡镇配合职责"].QuerySelectorAll("li").Length);
        var department = sections["对应上级部门"].QuerySelector("a")!;
        Assert.Equal("县委组织部", department.TextContent);

        var departmentPage = await _client.GetPage(department.GetAttribute("href")!);
        Assert.Equal("县委组织部", departmentPage.QuerySelector("h1")!.TextContent);
        Assert.Contains("配合履职事项 7 项", departmentPage.QuerySelector("[data-testid=result-count]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(7, departmentPage.DutyRows().Count);
    }

    [Fact]
    public async Task AReclaimedDutyNoLongerDoneSaysSo()
    {
        var page = await _client.GetPage(await DutyUrl("加尕斯台镇", "reclaimed", 1));
        Assert.Contains("不再开展", page.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameDutyInOtherTownshipsIsLinked()
    {
        // 木垒县 and 吉木萨尔县 publish the same basic duty 1 word for word.
        var page = await _client.GetPage(await DutyUrl("大石头乡", "basic", 1));
        var similar = page.QuerySelectorAll(".similar-duties li").Select(li => li.TextContent).ToList();
        Assert.Contains(similar, s => s.Contains("三台镇 第 1 项", StringComparison.Ordinal) && s.Contains("相同", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnItemFlaggedByThePdfReaderShowsWhyItsSourceAndWhatIsMissing()
    {
        // 002's cooperative item 44 comes out of the PDF text one character per line.
        var page = await _client.GetPage(await DutyUrl("奎依巴格镇", "cooperative", 44));
        var alert = page.QuerySelector("[role=note]")!;
        Assert.Contains("可信度 30%", alert.TextContent, StringComparison.Ordinal);
        Assert.Contains("原文（第", alert.QuerySelector("details summary")!.TextContent, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(alert.QuerySelector("pre.source-text")!.TextContent));
        Assert.Single(page.QuerySelectorAll(".missing-text"));
    }

    [Fact]
    public async Task DepartmentsPageListsAliases()
    {
        var page = await _client.GetPage("/departments");
        var row = page.QuerySelectorAll("tr[data-department-id]").Single(r => r.QuerySelector("th")!.TextContent == "吉木萨尔县残疾人联合会");
        Assert.Equal("吉木萨尔县残联", row.QuerySelector("td[data-label=别名]")!.TextContent);
    }

    [Theory]
    [InlineData("/duties/987654")]
    [InlineData("/departments/987654")]
    [InlineData("/no/such/page")]
    public async Task UnknownAddressesGive404(string url) =>
        Assert.Equal("未找到", (await _client.GetPage(url, HttpStatusCode.NotFound)).QuerySelector("h1")!.TextContent);
}
