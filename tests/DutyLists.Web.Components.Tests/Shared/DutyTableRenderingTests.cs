using DutyLists.Data.Queries;
using DutyLists.Import.Model;
using DutyLists.Web.Components.Shared;
using DutyLists.Web.Components.Tests.Infrastructure;

namespace DutyLists.Web.Components.Tests.Shared;

/// <summary>The table holds the whole list for printing, so it renders again only when what it shows changes.</summary>
public sealed class DutyTableRenderingTests : ComponentTest
{
    private static List<DutyView> Duties(int count) =>
    [
        .. Enumerable.Range(1, count).Select(i => new DutyView
        {
            Id = 100 + i,
            TownshipId = 5,
            TownshipName = "三台镇",
            RevisionId = 1,
            Kind = DutyKind.Cooperative,
            Number = i,
            Category = "党的建设",
            Name = $"事项{i}",
            DepartmentResponsibilities = [new ResponsibilityItem("1.", "确定代表名额")],
            TownshipResponsibilities = [new ResponsibilityItem("1.", "组织推荐")],
        }),
    ];

    [Fact]
    public void TheSameRowsPassedAgainDoNotRenderTheTableAgain()
    {
        var duties = Duties(3);
        IReadOnlyList<string> words = ["代表"];
        var table = Render<DutyTable>(p => p.Add(t => t.Items, duties).Add(t => t.Kind, DutyKind.Cooperative).Add(t => t.Words, words));
        var renders = table.RenderCount;

        // As when the page renders again for its tabs: the same list, equal words in a new list.
        table.Render(p => p.Add(t => t.Items, duties).Add(t => t.Kind, DutyKind.Cooperative).Add(t => t.Words, ["代表"]));
        Assert.Equal(renders, table.RenderCount);

        // Another page of rows, other words, or another slice on screen do.
        table.Render(p => p.Add(t => t.Items, Duties(2)).Add(t => t.Kind, DutyKind.Cooperative).Add(t => t.Words, words));
        Assert.True(table.RenderCount > renders);
        Assert.Equal(2, table.FindAll("tr[data-duty-id]").Count);
        renders = table.RenderCount;
        table.Render(p => p.Add(t => t.Words, ["推荐"]));
        Assert.True(table.RenderCount > renders);
        Assert.Equal("推荐", table.Find("mark").TextContent);
        renders = table.RenderCount;
        table.Render(p => p.Add(t => t.ScreenFrom, 1));
        Assert.True(table.RenderCount > renders);
        Assert.Single(table.FindAll("tr[data-duty-id]"));
    }

    [Fact]
    public void OpeningADepartmentsSideRendersTheTable()
    {
        var table = Render<DutyTable>(p => p.Add(t => t.Items, Duties(2)).Add(t => t.Kind, DutyKind.Cooperative));

        table.Find("button.expand-toggle").Click();

        Assert.Equal("true", table.Find("button.expand-toggle").GetAttribute("aria-expanded"));
        Assert.Contains("expanded", table.Find("tr.department-side").ClassList);
    }
}
