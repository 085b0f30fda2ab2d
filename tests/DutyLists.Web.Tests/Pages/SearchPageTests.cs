using DutyLists.Data.Queries;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DutyLists.Web.Tests.Pages;

public sealed class SearchPageTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient _client = app.CreateClient();

    /// <summary>Real queries: one- and two-character words the trigram index cannot match, longer ones it can, and AND-ed pairs.</summary>
    public static TheoryData<string> Queries() =>
    [
        "消防", "民政", "党建", "河", "水利局", "河长制", "农村饮用水", "秸秆禁烧", "安全生产", "消防 宣传", "民政 低保", "社会保障 残疾人",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task SearchFindsExactlyTheDutiesWhoseTextContainsEveryWord(string query)
    {
        var search = app.Services.GetRequiredService<DutySearch>();
        var townships = await app.Services.GetRequiredService<TownshipQueries>().ListAsync();
        var duties = app.Services.GetRequiredService<DutyQueries>();
        var expected = new HashSet<int>();
        foreach (var township in townships)
        {
            foreach (var duty in await duties.ListForTownshipAsync(township.Id, new DutyFilter()))
            {
                var text = string.Join('\n', AllTexts(duty));
                if (DutyFilter.Words(query).All(w => text.Contains(w, StringComparison.Ordinal)))
                {
                    expected.Add(duty.Id);
                }
            }
        }

        var result = await search.SearchAsync(new DutyFilter { Text = query }, pageSize: 500);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), result.Items.Select(d => d.Id).Order());
        Assert.Equal(expected.Count, result.Total);
    }

    private static IEnumerable<string?> AllTexts(DutyView d) =>
        new[] { d.Category, d.CategoryAsWritten, d.Name, d.OtherDepartments, d.TakeoverText }
            .Concat(d.Departments.Select(x => x.Name))
            .Concat(d.Takeovers.Select(t => t.Department?.Name))
            .Concat(d.DepartmentResponsibilities.Concat(d.TownshipResponsibilities).Concat(d.Support).Select(i => i.Text));

    [Fact]
    public async Task SearchPageHighlightsMatchesAndFiltersByTownship()
    {
        var page = await _client.GetPage("/search?q=消防");
        var total = page.ResultCount();
        Assert.True(total > 50);
        Assert.All(page.QuerySelectorAll("mark"), m => Assert.Equal("消防", m.TextContent));
        Assert.NotEmpty(page.QuerySelectorAll("mark"));

        var oneTownship = await _client.GetPage(page.FacetLink("township", "三台镇"));
        Assert.Equal(page.FacetCount("township", "三台镇"), oneTownship.ResultCount());
        Assert.All(oneTownship.DutyRows(), r => Assert.Equal("三台镇", r.QuerySelector("td[data-label=乡镇]")!.TextContent));
    }

    private static readonly string[] Parts = ["上级部门职责：", "履职保障：", "乡镇配合职责："];

    [Fact]
    public async Task ResponsibilitiesHoldingTheWordsAreShownUnderTheirPartsName()
    {
        var page = await _client.GetPage("/search?q=水利局&kind=cooperative");
        var names = page.DutyRows().Select(r => r.QuerySelector("td[data-label=事项名称]")!).ToList();

        // Each part numbers its items from 1: each excerpt is a list under the name of the part it comes from.
        var excerpts = names.SelectMany(n => n.QuerySelectorAll("ol.responsibilities")).ToList();
        Assert.NotEmpty(excerpts);
        Assert.All(excerpts, list =>
        {
            Assert.Contains(list.PreviousElementSibling?.TextContent, Parts);
            Assert.All(list.QuerySelectorAll("li"), item => Assert.Contains("水利局", item.TextContent, StringComparison.Ordinal));
        });
        Assert.All(names, n => Assert.True(n.QuerySelectorAll("ol.responsibilities li").Length <= 3));
        Assert.Contains(names, n => n.QuerySelectorAll("ol.responsibilities").Length > 1);
    }

    [Fact]
    public async Task AcrossCountiesABarePrefixedDepartmentIsLabelledWithItsCounty()
    {
        var page = await _client.GetPage("/search?q=水利");
        var labels = page.QuerySelectorAll("a[data-facet=department] .facet-label").Select(l => l.TextContent).ToList();
        Assert.Contains("县水利局（察布查尔锡伯自治县）", labels);
        Assert.Contains("木垒县水利局", labels);
    }

    [Fact]
    public async Task AnEmptySearchShowsOnlyTheForm()
    {
        var page = await _client.GetPage("/search");
        Assert.Null(page.QuerySelector("[data-testid=result-count]"));
        Assert.NotNull(page.QuerySelector("form[role=search] input[name=q]"));
    }
}
