using System.Net;
using System.Security.Claims;
using DutyLists.Web.Accounts;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DutyLists.Web.Tests.Admin;

/// <summary>Anonymous, editor and admin against every admin page and every form post.</summary>
public sealed class AuthorisationMatrixTests(AuthorisationMatrixTests.Clients clients) : IClassFixture<AuthorisationMatrixTests.Clients>
{
    public const string Anonymous = "anonymous";

    private const string AdminOnly = Roles.Admin;
    private const string EditorsToo = Roles.CanEdit;

    private static readonly string SomeUpload = "/admin/import/" + Guid.NewGuid();

    private static readonly (string Url, string Needs)[] Pages =
    [
        ("/admin", EditorsToo),
        ("/admin/review", EditorsToo),
        ("/admin/townships/1/revisions", EditorsToo),
        ("/admin/townships/1/revisions/diff?from=1&to=1", EditorsToo),
        ("/admin/duties/1/edit", EditorsToo),
        ("/admin/audit", AdminOnly),
        ("/admin/import", AdminOnly),
        (SomeUpload, AdminOnly),
        ("/admin/departments", AdminOnly),
        ("/admin/accounts", AdminOnly),
    ];

    // Admin pages run in a circuit and take no form posts; who may act on them is checked by the page GETs above and
    // by their page tests (Admin/ImportTests, Admin/CorrectionAndRollbackTests, Components/AccountsPageTests).

    public static TheoryData<string, string> PageCases => Cases(Pages.Select(p => p.Url));

    [Theory]
    [MemberData(nameof(PageCases))]
    public async Task EveryAdminPage(string url, string role)
    {
        var response = await clients.For(role).GetAsync(new Uri(url, UriKind.Relative));

        Expect(response, role, Pages.Single(p => p.Url == url).Needs, $"GET {url} as {role}");
    }

    private static void Expect(HttpResponseMessage response, string role, string needs, string what)
    {
        var allowed = role == Roles.Admin || (role == Roles.Editor && needs == EditorsToo);
        var toLogin = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains(AccountServices.LoginPath, StringComparison.Ordinal);
        if (allowed)
        {
            Assert.False(toLogin || response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, $"{what}: {(int)response.StatusCode}");
        }
        else if (role == Anonymous)
        {
            Assert.True(toLogin, $"{what}: {(int)response.StatusCode} {response.Headers.Location}");
        }
        else
        {
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{what}: {(int)response.StatusCode}");
        }
    }

    private static TheoryData<string, string> Cases(IEnumerable<string> targets)
    {
        var data = new TheoryData<string, string>();
        foreach (var target in targets)
        {
            foreach (var role in new[] { Anonymous, Roles.Editor, Roles.Admin })
            {
                data.Add(target, role);
            }
        }

        return data;
    }

    /// <summary>The seeded app with one signed-in client per role, shared by the cases.</summary>
    public sealed class Clients : IAsyncLifetime, IDisposable
    {
        private readonly SeededApp _app = new();
        private readonly Dictionary<string, HttpClient> _clients = [];

        public HttpClient For(string role) => _clients[role];

        public async Task InitializeAsync()
        {
            _clients[Anonymous] = _app.CreateBrowserLikeClient();
            _clients[Roles.Editor] = await _app.SignedInClientAsync(Roles.Editor);
            _clients[Roles.Admin] = await _app.SignedInClientAsync(Roles.Admin);
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _app.Dispose();
    }
}

/// <summary>
/// A role change, disable, password reset, deletion or logout ends the account's sessions: the old cookie is refused
/// on the very next request.
/// </summary>
public sealed class SessionEndingTests : FreshAppTests
{
    [Fact]
    public async Task ADemotedAdminLosesAdminRightsOnTheNextRequest()
    {
        await App.CreateUserAsync("将被降级", Roles.Admin);
        var demoted = App.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await demoted.LogInAsync("将被降级", SignIn.Password)).StatusCode);
        var token = await SignIn.TokenAsync(demoted, "/admin/accounts");
        await App.CreateUserAsync("降级者", Roles.Admin);

        var changed = await AccountPages.ActAsync(App, "降级者", "editor", await AccountPages.IdOfAsync(App, "将被降级"));

        Assert.True(changed.Succeeded, changed.Message);
        Assert.Contains("角色改为编辑", changed.Message, StringComparison.Ordinal);
        AssertSentToLogin(await demoted.GetAsync(new Uri("/admin/accounts", UriKind.Relative)));
        var create = await demoted.PostAsync(new Uri("/admin/accounts", UriKind.Relative), new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("_handler", "create-account"), new("NewAccount.Name", "偷偷创建的管理员"), new("NewAccount.Role", Roles.Admin), new("NewAccount.Password", "sneaky-admin-8412")]));
        AssertSentToLogin(create);
        await AssertNoAccountAsync("偷偷创建的管理员");

        // Signed in again, the account has the editor's rights only.
        Assert.Equal(HttpStatusCode.Redirect, (await demoted.LogInAsync("将被降级", SignIn.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await demoted.GetAsync(new Uri("/admin/accounts", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await demoted.GetAsync(new Uri("/admin/review", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ADisabledAccountIsSignedOutOnTheNextRequest()
    {
        await App.CreateUserAsync("将被停用", Roles.Editor);
        var editor = App.CreateBrowserLikeClient();
        await editor.LogInAsync("将被停用", SignIn.Password);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(new Uri("/admin/review", UriKind.Relative))).StatusCode);
        await App.CreateUserAsync("停用者", Roles.Admin);
        var admin = App.CreateBrowserLikeClient();
        await admin.LogInAsync("停用者", SignIn.Password);
        var id = await AccountPages.IdOfAsync(App, "将被停用");

        var disabled = await AccountPages.ActAsync(App, "停用者", "disable", id);

        Assert.True(disabled.Succeeded, disabled.Message);
        Assert.Contains("停用账户 将被停用", disabled.Message, StringComparison.Ordinal);
        var page = await admin.GetPage("/admin/accounts");
        Assert.Equal("true", page.QuerySelector("[data-user='将被停用']")!.GetAttribute("data-disabled"));
        AssertSentToLogin(await editor.GetAsync(new Uri("/admin/review", UriKind.Relative)));
        Assert.Contains((await admin.GetPage("/admin/audit")).AuditRows("account-changed"), row => row.Contains("停用账户 将被停用", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APasswordResetSignsTheAccountOutAndOnlyTheNewPasswordWorks()
    {
        await App.CreateUserAsync("将被重置", Roles.Editor);
        var editor = App.CreateBrowserLikeClient();
        await editor.LogInAsync("将被重置", SignIn.Password);
        await App.CreateUserAsync("重置者", Roles.Admin);
        var id = await AccountPages.IdOfAsync(App, "将被重置");

        // A common password is refused and changes nothing, the session included.
        var common = await AccountPages.ActAsync(App, "重置者", "reset", id, "password123");
        Assert.False(common.Succeeded);
        Assert.Contains("密码太常见", common.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(new Uri("/admin/review", UriKind.Relative))).StatusCode);

        Assert.True((await AccountPages.ActAsync(App, "重置者", "reset", id, "fresh-secret-4821")).Succeeded);

        AssertSentToLogin(await editor.GetAsync(new Uri("/admin/review", UriKind.Relative)));
        Assert.Equal(HttpStatusCode.OK, (await editor.LogInAsync("将被重置", SignIn.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.LogInAsync("将被重置", "fresh-secret-4821")).StatusCode);
    }

    [Fact]
    public async Task LoggingOutMakesACopiedCookieWorthless()
    {
        await App.CreateUserAsync("会退出的编辑", Roles.Editor);
        var browser = App.CreateBrowserLikeClient();
        var cookie = await browser.LogInAndCopyCookieAsync("会退出的编辑");
        var copy = AccountPages.ClientWithCookie(App, cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync(new Uri("/admin/review", UriKind.Relative))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync("/account/logout", "logout", [])).StatusCode);

        AssertSentToLogin(await copy.GetAsync(new Uri("/admin/review", UriKind.Relative)));
        AssertSentToLogin(await browser.GetAsync(new Uri("/admin/review", UriKind.Relative)));
    }

    [Fact]
    public async Task ADeletedAccountIsSignedOutAndTheAuditKeepsItsName()
    {
        await App.CreateUserAsync("将被删除", Roles.Editor);
        var editor = App.CreateBrowserLikeClient();
        await editor.LogInAsync("将被删除", SignIn.Password);
        await App.CreateUserAsync("删除者", Roles.Admin);
        var admin = App.CreateBrowserLikeClient();
        await admin.LogInAsync("删除者", SignIn.Password);

        var deleted = await AccountPages.ActAsync(App, "删除者", "delete", await AccountPages.IdOfAsync(App, "将被删除"));

        Assert.True(deleted.Succeeded, deleted.Message);
        Assert.Null((await admin.GetPage("/admin/accounts")).QuerySelector("[data-user='将被删除']"));
        AssertSentToLogin(await editor.GetAsync(new Uri("/admin/review", UriKind.Relative)));
        await AssertNoAccountAsync("将被删除");
        var audit = await admin.GetPage("/admin/audit");
        Assert.Contains(audit.AuditRows("sign-in"), row => row.Contains("将被删除 登录", StringComparison.Ordinal));
        Assert.Contains(audit.AuditRows("account-changed"), row => row.Contains("删除账户 将被删除", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAdminCannotChangeTheirOwnAccount()
    {
        await App.CreateUserAsync("自己", Roles.Admin);
        var self = App.CreateBrowserLikeClient();
        await self.LogInAsync("自己", SignIn.Password);
        var id = await AccountPages.IdOfAsync(App, "自己");

        foreach (var verb in new[] { "editor", "disable", "delete" })
        {
            var result = await AccountPages.ActAsync(App, "自己", verb, id);
            Assert.False(result.Succeeded);
            Assert.Contains("不能在此更改自己的账户", result.Message, StringComparison.Ordinal);
        }

        // The page offers no change of one's own account.
        var page = await self.GetPage("/admin/accounts");
        Assert.Empty(page.QuerySelectorAll("[data-account='自己']"));

        Assert.Equal(HttpStatusCode.OK, (await self.GetAsync(new Uri("/admin/accounts", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task TheLastEnabledAdminCannotBeDemotedDisabledOrDeleted()
    {
        await App.CreateUserAsync("唯一的管理员", Roles.Admin);
        var id = await AccountPages.IdOfAsync(App, "唯一的管理员");

        // Another account acting, as a second admin racing to disable the first would be once it had itself been disabled.
        var someoneElse = new ClaimsPrincipal(new ClaimsIdentity([new(ClaimTypes.NameIdentifier, "another-id"), new(ClaimTypes.Name, "另一位")], "test"));
        await using var scope = App.Services.CreateAsyncScope();
        var administration = scope.ServiceProvider.GetRequiredService<AccountAdministration>();
        foreach (var change in new Func<Task<AccountChange>>[]
        {
            () => administration.ChangeRoleAsync(someoneElse, id, Roles.Editor),
            () => administration.DisableAsync(someoneElse, id),
            () => administration.DeleteAsync(someoneElse, id),
        })
        {
            var result = await change();
            Assert.False(result.Succeeded);
            Assert.Contains("最后一个可用的管理员", result.Message, StringComparison.Ordinal);
        }

        await using var check = App.Services.CreateAsyncScope();
        var users = check.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByIdAsync(id);
        Assert.NotNull(user);
        Assert.True(await users.IsInRoleAsync(user, Roles.Admin));
        Assert.Null(user.LockoutEnd);
        Assert.Empty(await users.GetClaimsAsync(user));
    }

    private static void AssertSentToLogin(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(AccountServices.LoginPath, location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString, StringComparison.Ordinal);
    }

    private async Task AssertNoAccountAsync(string name)
    {
        await using var scope = App.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync(name));
    }
}
