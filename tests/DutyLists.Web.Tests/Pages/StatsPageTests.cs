using System.Globalization;
using System.Net.Http.Json;
using DutyLists.Web.Tests.Infrastructure;

namespace DutyLists.Web.Tests.Pages;

/// <summary>The statistics page: bar charts whose bars carry the same figures as the tables below them and the database.</summary>
public sealed class StatsPageTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task EachTownshipsBarHoldsItsCountsPerList()
    {
        var page = await app.CreateClient().GetPage("/stats");
        var chart = page.QuerySelector("figure[data-chart=per-township]")!;
        Assert.Equal("各乡镇三张清单的事项数", chart.QuerySelector("#per-township-title")!.TextContent);
        Assert.Contains("5 个乡镇", chart.QuerySelector("#per-township-desc")!.TextContent, StringComparison.Ordinal);
        // The bars are drawn for the eye; screen readers get the same figures from the table.
        Assert.Equal("true", chart.QuerySelector(".bar-rows")!.GetAttribute("aria-hidden"));

        var santai = chart.QuerySelector(".bar[data-label=三台镇]")!;
        Assert.Equal("241", santai.GetAttribute("data-total"));
        Assert.Equal(["108", "102", "31"], santai.QuerySelectorAll("[data-value]").Select(r => r.GetAttribute("data-value")));
        var burhantu = chart.QuerySelector(".bar[data-label=卜尔汉图镇]")!;
        Assert.Equal(["69"], burhantu.QuerySelectorAll("[data-value]").Select(r => r.GetAttribute("data-value")));

        // The table repeats every bar's figures.
        foreach (var bar in chart.QuerySelectorAll(".bar"))
        {
            var row = chart.QuerySelectorAll("table tbody tr").Single(tr => tr.QuerySelector("th a")!.TextContent.Trim() == bar.GetAttribute("data-label"));
            Assert.Equal(bar.GetAttribute("data-total"), row.QuerySelectorAll("td")[^1].TextContent.Trim());
        }
    }

    [Fact]
    public async Task CategoryBarsAddUpToEveryCurrentDutyAndFollowTheTownshipFilter()
    {
        var client = app.CreateClient();
        var all = (await client.GetPage("/stats")).QuerySelectorAll("figure[data-chart=per-category] .bar").Sum(Total);
        Assert.Equal(69 + 262 + 293 + 241 + 245, all);

        var one = await client.GetPage("/stats?township=5");
        Assert.Equal(241, one.QuerySelectorAll("figure[data-chart=per-category] .bar").Sum(Total));
        Assert.StartsWith("三台镇", one.QuerySelector("#per-category-title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTopDepartmentsAreThoseWithTheMostDuties()
    {
        var client = app.CreateClient();
        var page = await client.GetPage("/stats");
        var bars = page.QuerySelectorAll("figure[data-chart=top-departments] .bar").ToList();
        Assert.Equal(15, bars.Count);
        Assert.True(bars.Select(Total).SequenceEqual(bars.Select(Total).OrderByDescending(t => t)));

        var link = page.QuerySelectorAll("figure[data-chart=top-departments] table tbody tr th a")[0].GetAttribute("href")!;
        var department = await client.GetPage(link);
        var expected = department.QuerySelectorAll("[data-duty-id]").Select(e => e.GetAttribute("data-duty-id")).Distinct().Count();
        Assert.Equal(expected, Total(bars[0]));
    }

    [Fact]
    public async Task EveryTopDepartmentSaysWhichCountyItBelongsTo()
    {
        var client = app.CreateClient();
        var page = await client.GetPage("/stats");
        var departments = await client.GetFromJsonAsync<List<DepartmentItem>>(new Uri("/api/departments", UriKind.Relative));

        foreach (var bar in page.QuerySelectorAll("figure[data-chart=top-departments] .bar"))
        {
            var county = bar.QuerySelector(".bar-note")!.TextContent.Trim();
            Assert.Contains(departments!, d => d.Name == bar.GetAttribute("data-label") && d.County == county);
        }

        Assert.All(page.QuerySelectorAll("figure[data-chart=top-departments] table tbody tr th"), th => Assert.NotNull(th.QuerySelector(".bar-note")));
    }

    private sealed record DepartmentItem(string Name, string County);

    private static int Total(AngleSharp.Dom.IElement bar) => int.Parse(bar.GetAttribute("data-total")!, CultureInfo.InvariantCulture);
}
