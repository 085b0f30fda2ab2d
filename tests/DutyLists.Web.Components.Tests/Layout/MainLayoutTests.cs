using DutyLists.Web.Components.Layout;
using DutyLists.Web.Components.Tests.Infrastructure;

namespace DutyLists.Web.Components.Tests.Layout;

public sealed class MainLayoutTests : ComponentTest
{
    [Fact]
    public void ASignedInUserSeesTheirNameAndASignOutButtonAndTheAdminLink()
    {
        Authorization.SetAuthorized("王小明");

        var layout = Render<MainLayout>(p => p.Add(l => l.Body, b => b.AddMarkupContent(0, "<h1>正文</h1>")));

        Assert.Equal("王小明", layout.Find("[data-testid=user-name]").TextContent.Trim());
        var signOut = layout.Find("form[action='/account/logout']");
        Assert.Equal("post", signOut.GetAttribute("method"));
        Assert.Equal("退出", signOut.QuerySelector("button")!.TextContent.Trim());
        Assert.NotNull(layout.Find("a[href='/admin']"));
        Assert.Empty(layout.FindAll("a[href='/account/login']"));
        Assert.Equal("正文", layout.Find("main#main h1").TextContent);
    }

    [Fact]
    public void AReaderWhoIsNotSignedInIsOfferedTheLoginAndNoAdminLink()
    {
        var layout = Render<MainLayout>(p => p.Add(l => l.Body, b => b.AddMarkupContent(0, "<h1>正文</h1>")));

        Assert.Equal("登录", layout.Find("a[href='/account/login']").TextContent.Trim());
        Assert.Empty(layout.FindAll("[data-testid=user-name]"));
        Assert.Empty(layout.FindAll("a[href='/admin']"));
        Assert.Equal(["/", "/departments", "/search", "/compare", "/stats"], layout.FindAll("nav a.mud-nav-link, .mud-navmenu a").Select(a => a.GetAttribute("href")!).Distinct());
    }

    [Fact]
    public void TheAppBarSearchIsAPlainFormThatWorksWithoutTheCircuit()
    {
        var layout = Render<MainLayout>(p => p.Add(l => l.Body, b => b.AddMarkupContent(0, "")));

        var form = layout.Find("form[role=search]");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("q", form.QuerySelector("input[type=search]")!.GetAttribute("name"));
    }

    [Fact]
    public void TheMenuButtonOpensAndClosesTheDrawer()
    {
        var layout = Render<MainLayout>(p => p.Add(l => l.Body, b => b.AddMarkupContent(0, "")));
        bool IsOpen() => layout.Find(".mud-drawer").ClassList.Contains("mud-drawer--open");
        var before = IsOpen();

        layout.Find("button.drawer-toggle").Click();
        Assert.NotEqual(before, IsOpen());

        layout.Find("button.drawer-toggle").Click();
        Assert.Equal(before, IsOpen());
    }
}
