using System.Net;
using DutyLists.Web.Tests.Infrastructure;

namespace DutyLists.Web.Tests.Pages;

public sealed class TownshipPageTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<string> TownshipUrl(string name)
    {
        var home = await _client.GetPage("/");
        return home.QuerySelectorAll("a").Single(a => a.TextContent == name).GetAttribute("href")!;
    }

    [Fact]
    public async Task HomeListsEveryTownshipGroupedByCountyWithItsCounts()
    {
        var home = await _client.GetPage("/");
        Assert.Equal(5, home.QuerySelectorAll("tr[data-township-id]").Length);
        var row = home.QuerySelectorAll("tr[data-township-id]").Single(r => r.QuerySelector("th")!.TextContent == "加尕斯台镇");
        Assert.Equal(["87", "123", "52", "2025 年 7 月"], row.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Contains(home.QuerySelectorAll("h2"), h => h.TextContent == "内蒙古自治区");
        // 003 publishes only its cooperative list: the other two are absent, not empty.
        var cooperativeOnly = home.QuerySelectorAll("tr[data-township-id]").Single(r => r.QuerySelector("th")!.TextContent == "卜尔汉图镇");
        Assert.Equal(["—", "69", "—", "未注明"], cooperativeOnly.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.NotNull(home.QuerySelector("form[action='/search'] input[name=q]"));
    }

    [Fact]
    public async Task TownshipPageOpensOnTheBasicListPagedByFifty()
    {
        var url = await TownshipUrl("加尕斯台镇");
        var page = await _client.GetPage(url);
        Assert.Equal(87, page.ResultCount());
        Assert.Equal(50, page.DutyRows().Count);
        Assert.Equal("基本履职事项 87", page.QuerySelector("a.tab-link[aria-current=page]")!.TextContent.Trim());

        var second = await _client.GetPage(url + "?kind=basic&page=2");
        Assert.Equal(37, second.DutyRows().Count);
        Assert.Equal("51", second.DutyRows()[0].QuerySelector("td[data-label=序号]")!.TextContent);
    }

    [Fact]
    public async Task ACooperativeOnlyListOpensOnItsCooperativeTab()
    {
        var page = await _client.GetPage(await TownshipUrl("卜尔汉图镇"));
        Assert.StartsWith("配合履职事项", page.QuerySelector("a.tab-link[aria-current=page]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("a.tab-link"));
        Assert.Equal(69, page.ResultCount());
    }

    [Fact]
    public async Task CategoryFacetFiltersAndItsLinkTogglesTheFilter()
    {
        var url = await TownshipUrl("加尕斯台镇");
        var page = await _client.GetPage(url + "?kind=basic");
        Assert.Equal(22, page.FacetCount("category", "党的建设"));

        var filtered = await _client.GetPage(page.FacetLink("category", "党的建设"));
        Assert.Equal(22, filtered.ResultCount());
        Assert.All(filtered.DutyRows(), r => Assert.Equal("党的建设", r.QuerySelector("td[data-label=类别]")!.TextContent));
        var chip = filtered.QuerySelector(".active-filters a.chip")!;
        Assert.Contains("类别：党的建设", chip.TextContent, StringComparison.Ordinal);

        var removed = await _client.GetPage(chip.GetAttribute("href")!);
        Assert.Equal(87, removed.ResultCount());
        var toggledOff = await _client.GetPage(filtered.FacetLink("category", "党的建设"));
        Assert.Equal(87, toggledOff.ResultCount());
    }

    [Fact]
    public async Task FacetCountsReflectTheOtherActiveFilters()
    {
        var url = await TownshipUrl("加尕斯台镇");
        var cooperative = await _client.GetPage(url + "?kind=cooperative");
        Assert.Equal(11, cooperative.FacetCount("department", "县水利局"));

        var water = await _client.GetPage(cooperative.FacetLink("department", "县水利局"));
        Assert.Equal(11, water.ResultCount());
        var categorySum = water.QuerySelectorAll("a[data-facet=category] .facet-count").Sum(b => int.Parse(b.TextContent, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(11, categorySum);
        // The tabs count the other lists under the same department filter: 9 reclaimed duties went to 县水利局.
        Assert.Contains(water.QuerySelectorAll("a.tab-link"), a => a.TextContent.Trim() == "上级部门收回事项 9");
    }

    [Fact]
    public async Task SeveralCategoriesMeanEitherAndTheTextSearchNarrowsFurther()
    {
        var url = await TownshipUrl("加尕斯台镇");
        var both = await _client.GetPage(url + "?kind=basic&category=党的建设&category=经济发展");
        Assert.Equal(25, both.ResultCount());
        var searched = await _client.GetPage(url + "?kind=basic&category=党的建设&category=经济发展&q=党组织");
        Assert.InRange(searched.ResultCount(), 1, 24);
        Assert.All(searched.DutyRows(), r => Assert.NotNull(r.QuerySelector("mark")));
    }

    [Fact]
    public async Task TheImportWarningsOfTheListAreShownWithFileAndLine()
    {
        var page = await _client.GetPage(await TownshipUrl("大石头乡"));
        var warnings = page.QuerySelectorAll(".import-warnings li").Select(li => li.TextContent).ToList();
        // 001 line 260: cooperative item 66 has a seventh cell.
        Assert.Equal(["001_fbeaa40a37d35728.txt 第 260 行：配合履职事项清单第66项有7个单元格，比表头多1个，多出的内容已并入“乡镇配合职责”"], warnings);
        Assert.Empty((await _client.GetPage(await TownshipUrl("三台镇"))).QuerySelectorAll(".import-warnings"));
    }

    [Fact]
    public async Task SortingByNumberDescendingStartsWithTheLastDuty()
    {
        var page = await _client.GetPage(await TownshipUrl("三台镇") + "?kind=reclaimed&sort=-number");
        Assert.Equal("31", page.DutyRows()[0].QuerySelector("td[data-label=序号]")!.TextContent);
    }

    [Fact]
    public async Task UnknownTownshipGivesTheChinese404Page()
    {
        var page = await _client.GetPage("/townships/987654", HttpStatusCode.NotFound);
        Assert.Equal("未找到", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task EveryPageHasNavigationAndABreadcrumb()
    {
        var url = await TownshipUrl("大石头乡");
        foreach (var path in new[] { url, "/search?q=民政", "/departments" })
        {
            var page = await _client.GetPage(path);
            Assert.NotNull(page.QuerySelector(".mud-drawer nav a[href='/departments']"));
            Assert.NotNull(page.QuerySelector("nav[aria-label=面包屑导航] .mud-breadcrumbs"));
            Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        }
    }
}
