using DutyLists.Web.Tests.Infrastructure;

namespace DutyLists.Web.Tests.Pages;

/// <summary>The comparison of the seed townships: counts side by side, duties matched across townships.</summary>
public sealed class ComparePageTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task ADutyWordedSlightlyDifferentlyInTwoListsIsMatched()
    {
        var client = app.CreateClient();
        // 加尕斯台镇 basic #74 负责爱国卫生运动工作，倡导文明健康生活方式 / 三台镇 basic #94 开展爱国卫生运动，倡导文明健康生活方式
        var jiagasitai = await DutyIdAsync(client, 1, 74);
        var santai = await DutyIdAsync(client, 5, 94);

        var page = await client.GetPage("/compare?townships=1,5");

        var row = page.QuerySelector($"section[data-kind=basic] details[data-group=all] a[data-duty-id='{jiagasitai}']")!.Closest("tr")!;
        Assert.NotNull(row.QuerySelector($"a[data-duty-id='{santai}']"));
    }

    [Fact]
    public async Task TheCountsTableAgreesWithEachTownshipsPage()
    {
        var client = app.CreateClient();
        var page = await client.GetPage("/compare?townships=1,4,5");
        var columns = page.QuerySelectorAll("table[data-testid=compare-counts] thead th[data-township]").Select(th => th.GetAttribute("data-township")!).ToList();
        Assert.Equal(["1", "4", "5"], columns);

        foreach (var kind in new[] { "basic", "cooperative", "reclaimed" })
        {
            var totals = page.QuerySelector($"table[data-testid=compare-counts] tr[data-kind={kind}][data-total]");
            for (var i = 0; i < columns.Count; i++)
            {
                var expected = (await client.GetPage($"/townships/{columns[i]}?kind={kind}")).ResultCount();
                var shown = totals is null ? 0 : int.Parse(totals.QuerySelectorAll("td")[i].TextContent, System.Globalization.CultureInfo.InvariantCulture);
                Assert.True(expected == shown, $"{kind} of township {columns[i]}: page {expected}, comparison {shown}");
            }
        }
    }

    [Fact]
    public async Task EveryDutyAppearsOnceAndGroupsHoldAtMostOneDutyPerTownship()
    {
        var page = await app.CreateClient().GetPage("/compare?townships=1,2,3,4,5");

        foreach (var section in page.QuerySelectorAll("section.compare-kind"))
        {
            var ids = section.QuerySelectorAll("a[data-duty-id]").Select(a => a.GetAttribute("data-duty-id")).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            var total = page.QuerySelector($"table[data-testid=compare-counts] tr[data-kind={section.GetAttribute("data-kind")}][data-total]")!
                .QuerySelectorAll("td").Sum(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(total, ids.Count);
            Assert.All(section.QuerySelectorAll("tbody tr"), tr => Assert.True(tr.QuerySelectorAll("td a").Length <= 5));
        }

        // 003 (卜尔汉图镇) has only a cooperative list: its duties with no counterpart are listed as unique.
        Assert.NotEmpty(page.QuerySelectorAll("section[data-kind=cooperative] details[data-group=unique] td[data-label=卜尔汉图镇] a"));
    }

    [Fact]
    public async Task FewerThanTwoTownshipsAsksForMore()
    {
        var page = await app.CreateClient().GetPage("/compare?townships=1");

        Assert.Contains("请至少选择两个乡镇", page.QuerySelector(".alert-info")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("table[data-testid=compare-counts]"));
    }

    private static async Task<string> DutyIdAsync(HttpClient client, int township, int number)
    {
        var page = await client.GetPage($"/townships/{township}?kind=basic&size=all");
        return page.DutyRows().Single(r => r.QuerySelector("td.col-number")!.TextContent.Trim() == number.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .GetAttribute("data-duty-id")!;
    }
}
