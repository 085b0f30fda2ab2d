using DutyLists.Web.Components.Shared;
using DutyLists.Web.Components.Tests.Infrastructure;

namespace DutyLists.Web.Components.Tests.Shared;

public sealed class FilterSheetTests : ComponentTest
{
    [Fact]
    public void TheControlAtTheTopOpensTheSheetAndDoneClosesIt()
    {
        var sheet = Render<FilterSheet>(p => p.Add(s => s.Total, 17).Add(s => s.ActiveCount, 2)
            .Add(s => s.ChildContent, b => b.AddMarkupContent(0, "<a data-facet=\"category\" data-value=\"民政\" href=\"?category=民政\">民政</a>")));
        var open = sheet.Find("[data-testid=open-filters]");
        Assert.Equal("#filters", open.GetAttribute("href")); // without JavaScript: opens through :target
        Assert.Equal("筛选（2）", open.TextContent.Trim());
        Assert.DoesNotContain("open", sheet.Find("aside#filters").ClassList);

        open.Click();
        Assert.Contains("open", sheet.Find("aside#filters").ClassList);
        Assert.Equal("筛选 · 共 17 项", sheet.Find("[data-testid=sheet-count]").TextContent);
        Assert.NotNull(sheet.Find(".filters-backdrop"));
        Assert.NotNull(sheet.Find("aside#filters a[data-facet=category]"));

        sheet.Find(".filters-close").Click();
        Assert.DoesNotContain("open", sheet.Find("aside#filters").ClassList);
        Assert.Empty(sheet.FindAll(".filters-backdrop"));
    }
}
