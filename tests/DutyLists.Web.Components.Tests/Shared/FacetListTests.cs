using DutyLists.Data.Queries;
using DutyLists.Web.Components.Shared;
using DutyLists.Web.Components.Tests.Infrastructure;

namespace DutyLists.Web.Components.Tests.Shared;

public sealed class FacetListTests : ComponentTest
{
    private static readonly IReadOnlyList<FacetValue> Categories =
        [new("党的建设", "党的建设", 22), new("自然资源", "自然资源", 17), new("民政", "民政", 3)];

    private static string Toggled(IReadOnlyList<string> active, string value) =>
        new QueryUrl("/townships/5").Add("kind", "basic").Add("category", QueryUrl.Toggle(active, value)).ToString();

    [Fact]
    public void EachValueIsALinkWithItsCountAndTheHooksChecksRelyOn()
    {
        var facet = Render<FacetList>(p => p
            .Add(f => f.Name, "category").Add(f => f.Title, "事项类别").Add(f => f.Values, Categories)
            .Add(f => f.LinkFor, v => Toggled([], v)));

        var links = facet.FindAll("a[data-facet=category]");
        Assert.Equal(["党的建设", "自然资源", "民政"], links.Select(a => a.GetAttribute("data-value")));
        Assert.Equal(["22", "17", "3"], links.Select(a => a.QuerySelector(".facet-count")!.TextContent));
        Assert.Equal("/townships/5?kind=basic&category=%E8%87%AA%E7%84%B6%E8%B5%84%E6%BA%90", links[1].GetAttribute("href"));
        Assert.Equal("事项类别", facet.Find("h2").TextContent);
        Assert.Empty(facet.FindAll("a[aria-current]"));
    }

    [Fact]
    public void AnActiveValueIsMarkedAndItsLinkRemovesIt()
    {
        var facet = Render<FacetList>(p => p
            .Add(f => f.Name, "category").Add(f => f.Title, "事项类别").Add(f => f.Values, Categories)
            .Add(f => f.Active, ["自然资源"]).Add(f => f.LinkFor, v => Toggled(["自然资源"], v)));

        var active = facet.Find("a[aria-current=true]");
        Assert.Equal("自然资源", active.GetAttribute("data-value"));
        Assert.Contains("active", active.ClassList);
        Assert.Equal("/townships/5?kind=basic", active.GetAttribute("href"));

        // Another value adds itself to the active one: several categories mean either.
        Assert.Equal("/townships/5?kind=basic&category=%E8%87%AA%E7%84%B6%E8%B5%84%E6%BA%90&category=%E6%B0%91%E6%94%BF",
            facet.Find("a[data-value=民政]").GetAttribute("href"));
    }

    [Fact]
    public void ValuesPastTheLimitWaitBehindADisclosureThatOpensWhenOneOfThemIsActive()
    {
        IReadOnlyList<FacetValue> many = [.. Enumerable.Range(1, 20).Select(i => new FacetValue($"d{i}", $"部门{i}", 30 - i))];

        var closed = Render<FacetList>(p => p.Add(f => f.Name, "department").Add(f => f.Title, "部门").Add(f => f.Values, many).Add(f => f.LinkFor, v => v));
        Assert.Equal(15, closed.FindAll("ul.facet-values")[0].QuerySelectorAll("a").Length);
        Assert.Equal("显示其余 5 项", closed.Find("details summary").TextContent);
        Assert.False(closed.Find("details").HasAttribute("open"));

        var open = Render<FacetList>(p => p.Add(f => f.Name, "department").Add(f => f.Title, "部门").Add(f => f.Values, many)
            .Add(f => f.Active, ["d18"]).Add(f => f.LinkFor, v => v));
        Assert.True(open.Find("details").HasAttribute("open"));
    }

    [Fact]
    public void AnEmptyFacetRendersNothing()
    {
        var facet = Render<FacetList>(p => p.Add(f => f.Name, "category").Add(f => f.Title, "事项类别").Add(f => f.Values, []).Add(f => f.LinkFor, v => v));

        Assert.Empty(facet.Markup.Trim());
    }
}
