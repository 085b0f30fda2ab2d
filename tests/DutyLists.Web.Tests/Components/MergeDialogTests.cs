using Bunit;
using DutyLists.Data;
using DutyLists.Web.Accounts;
using DutyLists.Web.Components.Pages.Admin;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DutyLists.Web.Tests.Components;

/// <summary>The department merge: nothing chosen at first, the two boxes never offer the same department, a dialog that counts what moves.</summary>
public sealed class MergeDialogTests : PageTest
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task NothingIsChosenAtFirstSoNoDepartmentIsMergedIntoItself()
    {
        await SignInAsync("管理员甲", Roles.Admin);
        RenderProviders();

        var page = Render<Departments>();

        page.WaitForElement("[data-department-id]", Patience);
        Assert.True(page.Find("button[data-testid=merge]").HasAttribute("disabled"));
        foreach (var box in new[] { "merge-from", "merge-into" })
        {
            Assert.Equal("", Box(page, box).GetAttribute("value") ?? "");
        }
    }

    [Fact]
    public async Task TheDialogSaysHowManyDutiesMoveAndCancelChangesNothing()
    {
        await SignInAsync("管理员甲", Roles.Admin);
        var (from, into) = await TwoDepartmentsAsync();
        RenderProviders();
        var page = RenderFor(from.County);

        await ChooseAsync(page, "merge-from", from.Name);
        await ChooseAsync(page, "merge-into", into.Name);
        page.Find("button[data-testid=merge]").Click();

        Dialogs.WaitForAssertion(() => Assert.Contains($"将“{from.Name}”合并到“{into.Name}”？", Dialogs.Markup, StringComparison.Ordinal));
        var explanation = Dialogs.Find("[data-testid=confirm-explanation]").TextContent;
        Assert.Contains($"{from.CooperativeCount + from.ReclaimedCount} 项事项", explanation, StringComparison.Ordinal);
        Assert.Contains("不能撤销", explanation, StringComparison.Ordinal);
        Dialogs.Find("[data-testid=confirm-cancel]").Click();

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll("[data-testid=confirm-ok]")));
        Assert.True(await ExistsAsync(from.Id));
    }

    [Fact]
    public async Task ConfirmingMergesAndSaysSo()
    {
        await SignInAsync("管理员甲", Roles.Admin);
        var (from, into) = await TwoDepartmentsAsync();
        RenderProviders();
        var page = RenderFor(from.County);

        await ChooseAsync(page, "merge-from", from.Name);
        await ChooseAsync(page, "merge-into", into.Name);
        page.Find("button[data-testid=merge]").Click();
        Dialogs.WaitForElement("[data-testid=confirm-ok]").Click();

        Snackbars.WaitForAssertion(() => Assert.Contains($"已将“{from.Name}”合并到“{into.Name}”", Snackbars.Markup, StringComparison.Ordinal));
        Assert.False(await ExistsAsync(from.Id));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll($"[data-department-id='{from.Id}']")));
        Assert.Contains(from.Name, page.Find($"[data-department-id='{into.Id}']").Closest("tr")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheListFiltersByNameOrAlias()
    {
        await SignInAsync("管理员甲", Roles.Admin);
        var (from, _) = await TwoDepartmentsAsync();
        RenderProviders();
        var page = RenderFor(from.County);
        var all = page.FindAll("[data-department-id]").Count;

        page.Find("input[data-testid=department-filter]").Input(from.Name);

        page.WaitForAssertion(() => Assert.True(page.FindAll("[data-department-id]").Count < all));
        Assert.All(page.FindAll("[data-department-id]"), a => Assert.Contains(from.Name, a.Closest("tr")!.TextContent, StringComparison.Ordinal));
    }

    /// <summary>The page at <c>/admin/departments?county=…</c>, as a link to it opens it.</summary>
    private IRenderedComponent<Departments> RenderFor(string county)
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("county", county));
        var page = Render<Departments>();
        // The merge boxes appear once the county's departments are loaded, which takes longer on PostgreSQL.
        page.WaitForElement("[data-department-id]", Patience);
        return page;
    }

    /// <summary>Types the department's name in a box and picks it from the suggestions.</summary>
    private async Task ChooseAsync(IRenderedComponent<Departments> page, string box, string name)
    {
        await Box(page, box).InputAsync(new ChangeEventArgs { Value = name });
        var option = Popovers.WaitForElements(".mud-list-item", Patience).First(e => e.TextContent.Trim() == name);
        await option.ClickAsync(new());
        page.WaitForAssertion(() => Assert.Equal(name, Box(page, box).GetAttribute("value")));
    }

    /// <summary>The text box of an autocomplete, which carries the test id itself or inside it.</summary>
    private static AngleSharp.Dom.IElement Box(IRenderedComponent<Departments> page, string box) =>
        page.Find($"input[data-testid={box}], [data-testid={box}] input");

    private async Task<(DutyLists.Data.Queries.DepartmentSummary From, DutyLists.Data.Queries.DepartmentSummary Into)> TwoDepartmentsAsync()
    {
        var all = await UsingAsync(s => s.GetRequiredService<DutyLists.Data.Queries.DepartmentQueries>().ListAsync());
        var pair = all.Where(d => d.CooperativeCount + d.ReclaimedCount > 0).GroupBy(d => d.County).First(g => g.Count() >= 2)
            .OrderBy(d => d.Id).Take(2).ToList();
        return (pair[0], pair[1]);
    }

    private Task<bool> ExistsAsync(int id) => UsingAsync(async s =>
    {
        await using var db = await s.GetRequiredService<IDbContextFactory<DutyListsDbContext>>().CreateDbContextAsync();
        return await db.Departments.AnyAsync(d => d.Id == id);
    });
}
