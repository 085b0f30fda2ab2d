using DutyLists.Data.Queries;
using DutyLists.Web.Components.Shared;
using DutyLists.Web.Components.Tests.Infrastructure;

namespace DutyLists.Web.Components.Tests.Shared;

public sealed class ActiveFiltersTests : ComponentTest
{
    [Fact]
    public void EachActiveFilterIsAChipLinkingToTheViewWithoutIt()
    {
        var filters = Render<ActiveFilters>(p => p
            .Add(f => f.Query, "消防").Add(f => f.Categories, ["民政"]).Add(f => f.Departments, [new FacetValue("7", "县水利局", 11)])
            .Add(f => f.RemoveQuery, "/townships/5?category=民政&department=7")
            .Add(f => f.RemoveCategory, c => "/townships/5?q=消防&department=7")
            .Add(f => f.RemoveDepartment, d => "/townships/5?q=消防&category=民政")
            .Add(f => f.ClearAll, "/townships/5"));

        var chips = filters.FindAll("a.chip");
        Assert.Equal(["搜索：消防 ×", "类别：民政 ×", "部门：县水利局 ×"], chips.Select(c => c.TextContent.Trim()));
        Assert.Equal("移除部门：县水利局", chips[2].GetAttribute("aria-label"));
        Assert.Equal("/townships/5?q=消防&category=民政", chips[2].GetAttribute("href"));
        Assert.Equal("/townships/5", filters.Find("a.clear-all").GetAttribute("href"));
    }

    [Fact]
    public void NoFiltersNoChips()
    {
        var filters = Render<ActiveFilters>();

        Assert.Empty(filters.Markup.Trim());
    }
}
