using DutyLists.Web.Components.Shared;
using DutyLists.Web.Components.Tests.Infrastructure;

namespace DutyLists.Web.Components.Tests.Shared;

public sealed class PagerTests : ComponentTest
{
    [Fact]
    public void TheCurrentPageIsMarkedAndFarPagesAreElided()
    {
        var pager = Render<Pager>(p => p.Add(x => x.Page, 6).Add(x => x.PageCount, 12).Add(x => x.LinkFor, n => $"/search?q=a&page={n}"));

        Assert.Equal("6", pager.Find("[aria-current=page]").TextContent);
        var links = pager.FindAll("a.pager-item").Select(a => a.TextContent).ToList();
        Assert.Equal(["上一页", "1", "4", "5", "7", "8", "12", "下一页"], links);
        Assert.Equal(2, pager.FindAll(".pager-item.gap").Count);
        Assert.Equal("/search?q=a&page=5", pager.Find("a[rel=prev]").GetAttribute("href"));
        Assert.Equal("/search?q=a&page=7", pager.Find("a[rel=next]").GetAttribute("href"));
    }

    [Fact]
    public void OnePageNeedsNoPager()
    {
        var pager = Render<Pager>(p => p.Add(x => x.Page, 1).Add(x => x.PageCount, 1).Add(x => x.LinkFor, n => ""));

        Assert.Empty(pager.Markup.Trim());
    }

    [Fact]
    public void TheFirstAndLastPagesHaveNoLinkBeyondThem()
    {
        var first = Render<Pager>(p => p.Add(x => x.Page, 1).Add(x => x.PageCount, 3).Add(x => x.LinkFor, n => $"?page={n}"));
        Assert.Empty(first.FindAll("a[rel=prev]"));
        var last = Render<Pager>(p => p.Add(x => x.Page, 3).Add(x => x.PageCount, 3).Add(x => x.LinkFor, n => $"?page={n}"));
        Assert.Empty(last.FindAll("a[rel=next]"));
    }
}
