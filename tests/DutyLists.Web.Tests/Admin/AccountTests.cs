using System.Net;
using DutyLists.Web.Accounts;
using DutyLists.Web.Tests.Infrastructure;

namespace DutyLists.Web.Tests.Admin;

public sealed class AccountTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/review")]
    [InlineData("/admin/audit")]
    [InlineData("/admin/townships/1/revisions")]
    [InlineData("/admin/duties/1/edit")]
    public async Task AnonymousUsersAreSentToTheLoginPage(string url)
    {
        var response = await app.CreateBrowserLikeClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/account/login?ReturnUrl={Uri.EscapeDataString(url)}", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task BrowsingStaysOpenWithoutALogin()
    {
        var client = app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/townships/1", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/townships", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AnAdminSignsInAndIsSentBackWhereTheyWereGoing()
    {
        await app.CreateUserAsync("管理员乙", Roles.Admin);
        var client = app.CreateBrowserLikeClient();

        var response = await client.PostFormAsync("/account/login?ReturnUrl=%2Fadmin%2Faudit", "login",
            new() { ["Input.UserName"] = "管理员乙", ["Input.Password"] = SignIn.Password, ["Input.ReturnUrl"] = "/admin/audit" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/audit", response.Headers.Location!.PathAndQuery);
        var audit = await client.GetPage("/admin/audit");
        Assert.Contains(audit.AuditRows("sign-in"), row => row.Contains("管理员乙 登录", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ALoginNeverRedirectsToAnotherSite()
    {
        await app.CreateUserAsync("redirect-test", Roles.Editor);
        var client = app.CreateBrowserLikeClient();

        var response = await client.PostFormAsync("/account/login", "login",
            new() { ["Input.UserName"] = "redirect-test", ["Input.Password"] = SignIn.Password, ["Input.ReturnUrl"] = "//evil.example/" });

        Assert.Equal("/admin", response.Headers.Location!.PathAndQuery);
        Assert.Equal("localhost", response.Headers.Location.Host);
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedAndFiveLockTheAccount()
    {
        await app.CreateUserAsync("lockout-test", Roles.Editor);
        var client = app.CreateBrowserLikeClient();
        for (var i = 0; i < 5; i++)
        {
            var failed = await (await client.LogInAsync("lockout-test", "wrong-password-1")).ParseAsync();
            Assert.Contains(i < 4 ? "用户名或密码不正确" : "账户已暂时锁定", failed.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        }

        // Even the right password is refused while the account is locked.
        var locked = await client.LogInAsync("lockout-test", SignIn.Password);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("账户已暂时锁定", (await locked.ParseAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/audit")]
    public async Task EditorsGet403ForAdminOnlyPages(string url)
    {
        var editor = await app.SignedInClientAsync(Roles.Editor);

        var response = await editor.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("无权访问", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditorsSeeTheReviewQueueButNotTheAdminTools()
    {
        var editor = await app.SignedInClientAsync(Roles.Editor);

        var admin = await editor.GetPage("/admin");

        Assert.NotNull(admin.QuerySelector("a[href='/admin/review']"));
        Assert.Null(admin.QuerySelector("a[href='/admin/import']"));
    }

    [Fact]
    public async Task APostWithoutAnAntiforgeryTokenIsRefused()
    {
        await app.CreateUserAsync("csrf-test", Roles.Admin);
        var client = app.CreateBrowserLikeClient();

        var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(
            [new("_handler", "login"), new("Input.UserName", "csrf-test"), new("Input.Password", SignIn.Password)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("DutyLists.Auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        var client = await app.SignedInClientAsync(Roles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);

        var response = await client.PostFormAsync("/account/logout", "logout", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);
    }
}

/// <summary>A deployment that closes browsing to anyone without an account.</summary>
public sealed class ClosedBrowsingTests : IDisposable
{
    private readonly DutyListsFactory _app = new() { Settings = { ["DutyLists:RequireLoginToBrowse"] = "true" } };

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task EveryPageNeedsALoginButHealthAndTheLoginPageStayOpen()
    {
        var client = _app.CreateBrowserLikeClient();

        var home = await client.GetAsync(new Uri("/townships/1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/account/login", home.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/townships", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/account/login", UriKind.Relative))).StatusCode);

        var editor = await _app.SignedInClientAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(new Uri("/townships/1", UriKind.Relative))).StatusCode);
    }
}
