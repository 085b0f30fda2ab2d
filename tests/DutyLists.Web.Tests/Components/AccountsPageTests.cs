using Bunit;
using DutyLists.Web.Accounts;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using AccountsPage = DutyLists.Web.Components.Pages.Admin.Accounts;

namespace DutyLists.Web.Tests.Components;

/// <summary>The accounts page: every change asks first in a dialog that says what will change, and reports after.</summary>
public sealed class AccountsPageTests : PageTest
{
    [Fact]
    public async Task CancellingTheDialogChangesNothing()
    {
        await SignInAsync("管理员甲", Roles.Admin);
        await App.CreateUserAsync("编辑乙", Roles.Editor);
        RenderProviders();
        var page = Render<AccountsPage>();

        page.WaitForElement("button[data-verb=disable][data-account=编辑乙]").Click();

        Dialogs.WaitForAssertion(() => Assert.Contains("停用账户 编辑乙？", Dialogs.Markup, StringComparison.Ordinal));
        Assert.Contains("将无法登录", Dialogs.Find("[data-testid=confirm-explanation]").TextContent, StringComparison.Ordinal);
        Assert.Equal("确认停用", Dialogs.Find("[data-testid=confirm-ok]").TextContent.Trim());
        Dialogs.Find("[data-testid=confirm-cancel]").Click();

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll("[data-testid=confirm-ok]")));
        Assert.False(await IsDisabledAsync("编辑乙"));
        Assert.Equal("false", page.Find("[data-user=编辑乙]").GetAttribute("data-disabled"));
        Assert.DoesNotContain("停用账户 编辑乙", Snackbars.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfirmingDisablesTheAccountAndSaysSo()
    {
        await SignInAsync("管理员甲", Roles.Admin);
        await App.CreateUserAsync("编辑乙", Roles.Editor);
        RenderProviders();
        var page = Render<AccountsPage>();

        page.WaitForElement("button[data-verb=disable][data-account=编辑乙]").Click();
        Dialogs.WaitForElement("[data-testid=confirm-ok]").Click();

        Snackbars.WaitForAssertion(() => Assert.Contains("停用账户 编辑乙。", Snackbars.Markup, StringComparison.Ordinal));
        Assert.True(await IsDisabledAsync("编辑乙"));
        page.WaitForAssertion(() => Assert.Equal("true", page.Find("[data-user=编辑乙]").GetAttribute("data-disabled")));
        // The row now offers the opposite change.
        Assert.NotNull(page.Find("button[data-verb=enable][data-account=编辑乙]"));
    }

    [Fact]
    public async Task AResetAsksForTheNewPasswordAndRefusesACommonOne()
    {
        await SignInAsync("管理员甲", Roles.Admin);
        await App.CreateUserAsync("编辑丙", Roles.Editor);
        RenderProviders();
        var page = Render<AccountsPage>();

        page.WaitForElement("button[data-verb=reset][data-account=编辑丙]").Click();
        var ok = Dialogs.WaitForElement("[data-testid=confirm-ok]");
        Assert.True(ok.HasAttribute("disabled"));
        Dialogs.Find("input[data-testid=confirm-password]").Input("password123");
        Dialogs.Find("[data-testid=confirm-ok]").Click();

        Snackbars.WaitForAssertion(() => Assert.Contains("密码太常见", Snackbars.Markup, StringComparison.Ordinal));
        Assert.True(await PasswordWorksAsync("编辑丙", SignIn.Password));

        page.Find("button[data-verb=reset][data-account=编辑丙]").Click();
        Dialogs.WaitForElement("input[data-testid=confirm-password]").Input("fresh-secret-4821");
        Dialogs.Find("[data-testid=confirm-ok]").Click();

        Snackbars.WaitForAssertion(() => Assert.Contains("重置账户 编辑丙 的密码。", Snackbars.Markup, StringComparison.Ordinal));
        Assert.True(await PasswordWorksAsync("编辑丙", "fresh-secret-4821"));
        Assert.False(await PasswordWorksAsync("编辑丙", SignIn.Password));
    }

    [Fact]
    public async Task CreatingAnAccountIsConfirmedThenListed()
    {
        await SignInAsync("管理员甲", Roles.Admin);
        RenderProviders();
        var page = Render<AccountsPage>();

        page.Find("input[data-testid=new-name]").Input("编辑丁");
        page.Find("input[data-testid=new-password]").Input("editor-pass-42");
        page.Find("button[data-testid=create-account]").Click();

        Dialogs.WaitForAssertion(() => Assert.Contains("创建编辑账户 编辑丁？", Dialogs.Markup, StringComparison.Ordinal));
        Assert.Null(await FindUserAsync("编辑丁"));
        Dialogs.Find("[data-testid=confirm-ok]").Click();

        Snackbars.WaitForAssertion(() => Assert.Contains("已创建编辑账户 编辑丁。", Snackbars.Markup, StringComparison.Ordinal));
        page.WaitForElement("[data-user=编辑丁]");
        Assert.True(await PasswordWorksAsync("编辑丁", "editor-pass-42"));
        // The form is cleared for the next account.
        Assert.Equal("", page.Find("input[data-testid=new-name]").GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task OnesOwnAccountOffersNoChange()
    {
        await SignInAsync("管理员甲", Roles.Admin);
        await App.CreateUserAsync("编辑乙", Roles.Editor);
        RenderProviders();

        var page = Render<AccountsPage>();

        page.WaitForElement("[data-user=编辑乙]");
        Assert.Empty(page.FindAll("button[data-account=管理员甲]"));
        Assert.Equal(4, page.FindAll("button[data-account=编辑乙]").Count);
    }

    private Task<bool> IsDisabledAsync(string name) => UsingAsync(async s =>
    {
        var users = s.GetRequiredService<UserManager<IdentityUser>>();
        return await AccountAdministration.IsDisabledAsync(users, (await users.FindByNameAsync(name))!, TimeProvider.System);
    });

    private Task<bool> PasswordWorksAsync(string name, string password) => UsingAsync(async s =>
    {
        var users = s.GetRequiredService<UserManager<IdentityUser>>();
        return await users.CheckPasswordAsync((await users.FindByNameAsync(name))!, password);
    });
}
