using AngleSharp.Dom;
using Bunit;
using DutyLists.Data.Queries;
using DutyLists.Import.Model;
using DutyLists.Web.Accounts;
using DutyLists.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using AdminDepartmentsPage = DutyLists.Web.Components.Pages.Admin.Departments;
using AdminTownshipsPage = DutyLists.Web.Components.Pages.Admin.Index;
using DepartmentsPage = DutyLists.Web.Components.Pages.Departments.Index;

namespace DutyLists.Web.Tests.Components;

/// <summary>
/// On a phone a table's rows become cards whose lines begin with their column's label. A cell with no value must still
/// say so (a muted dash), or its card shows a label with nothing after it ("别名：", "部门："); on a wide screen the
/// dash fills the column the same way.
/// </summary>
public sealed class EmptyCellTests : PageTest
{
    [Fact]
    public async Task BasicDutiesAmongSearchResultsShowADashForTheirDepartment()
    {
        var result = await UsingAsync(s => s.GetRequiredService<DutySearch>().SearchAsync(new DutyFilter { Kind = DutyKind.Basic }, pageSize: 20));
        Assert.NotEmpty(result.Items);

        // The search page's table: every list at once, with a department column that basic duties leave empty.
        var table = Render<DutyTable>(p => p.Add(t => t.Items, result.Items).Add(t => t.Kind, null).Add(t => t.ShowTownship, true));

        var departments = table.FindAll("td[data-label=部门]");
        Assert.Equal(result.Items.Count, departments.Count);
        Assert.All(departments, cell => Assert.Equal("—", cell.TextContent.Trim()));
        AssertEveryLabelledCellSaysSomething(table.FindAll("td[data-label]"));
    }

    [Fact]
    public async Task DepartmentsWithoutAliasesShowADashOnTheAdminPage()
    {
        await SignInAsync("管理员甲", Roles.Admin);
        RenderProviders();
        var page = Render<AdminDepartmentsPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("td[data-label=别名]")), TimeSpan.FromSeconds(30));
        var aliases = page.FindAll("td[data-label=别名]");
        Assert.Contains(aliases, cell => cell.TextContent.Trim() == "—");
        Assert.Contains(aliases, cell => cell.TextContent.Trim() is { Length: > 1 });
        AssertEveryLabelledCellSaysSomething(page.FindAll("td[data-label]"));
    }

    [Fact]
    public void DepartmentsWithoutAliasesShowADashOnThePublicList()
    {
        // The page hands its prerendered rows to its circuit, so it asks whether it runs interactively.
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var page = Render<DepartmentsPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("td[data-label=别名]")), TimeSpan.FromSeconds(30));
        Assert.Contains(page.FindAll("td[data-label=别名]"), cell => cell.TextContent.Trim() == "—");
        AssertEveryLabelledCellSaysSomething(page.FindAll("td[data-label]"));
    }

    [Fact]
    public async Task EveryCellOfTheAdminTownshipListSaysSomething()
    {
        await SignInAsync("管理员甲", Roles.Admin);
        RenderProviders();
        var page = Render<AdminTownshipsPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("td[data-label=乡镇]")), TimeSpan.FromSeconds(30));
        AssertEveryLabelledCellSaysSomething(page.FindAll("td[data-label]"));
    }

    private static void AssertEveryLabelledCellSaysSomething(IReadOnlyList<IElement> cells)
    {
        Assert.NotEmpty(cells);
        Assert.All(cells, cell => Assert.False(string.IsNullOrWhiteSpace(cell.TextContent), $"「{cell.GetAttribute("data-label")}」 is empty: {cell.OuterHtml}"));
    }
}
