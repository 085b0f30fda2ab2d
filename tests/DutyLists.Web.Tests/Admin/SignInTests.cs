using System.Net;
using DutyLists.Web.Accounts;
using DutyLists.Web.Tests.Infrastructure;

namespace DutyLists.Web.Tests.Admin;

/// <summary>Sign-in abuse: the per-account-and-address counter, the per-address rate limit, timing, the log lines.</summary>
public sealed class SignInTests : IDisposable
{
    private readonly AddressedApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task FailuresFromOneAddressDoNotLockTheOwnerOutElsewhere()
    {
        await _app.CreateUserAsync("被攻击的管理员", Roles.Admin);
        var attacker = _app.ClientFrom("203.0.113.66");
        for (var i = 0; i < SignInAttempts.MaxFailures; i++)
        {
            await attacker.LogInAsync("被攻击的管理员", "guess-number-" + i);
        }

        // The attacker's address is now refused even the right password...
        var blocked = await attacker.LogInAsync("被攻击的管理员", SignIn.Password);
        Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);
        Assert.Contains("账户已暂时锁定", (await blocked.ParseAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        // ...while the owner, from their own address, signs in.
        var owner = _app.ClientFrom("198.51.100.20");
        Assert.Equal(HttpStatusCode.Redirect, (await owner.LogInAsync("被攻击的管理员", SignIn.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(new Uri("/admin/accounts", UriKind.Relative))).StatusCode);
        Assert.Contains(_app.LogLines, l => l.Contains("Sign-in refused for 被攻击的管理员 from 203.0.113.66", StringComparison.Ordinal));
        Assert.Contains(_app.LogLines, l => l.Contains("Sign-in succeeded for 被攻击的管理员 from 198.51.100.20", StringComparison.Ordinal));
        Assert.Contains(_app.LogLines, l => l.Contains("Sign-in failed for 被攻击的管理员 from 203.0.113.66", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnknownNameIsAnsweredLikeAKnownOne()
    {
        await _app.CreateUserAsync("真实账户", Roles.Editor);
        var client = _app.ClientFrom("203.0.113.67");
        for (var i = 0; i < SignInAttempts.MaxFailures - 1; i++)
        {
            var known = await (await client.LogInAsync("真实账户", "wrong-password-" + i)).ParseAsync();
            var unknown = await (await client.LogInAsync("不存在的账户", "wrong-password-" + i)).ParseAsync();
            Assert.Equal(known.QuerySelector("[role=alert]")!.TextContent, unknown.QuerySelector("[role=alert]")!.TextContent);
        }

        var knownLocked = await (await client.LogInAsync("真实账户", "wrong-password-x")).ParseAsync();
        var unknownLocked = await (await client.LogInAsync("不存在的账户", "wrong-password-x")).ParseAsync();
        Assert.Contains("账户已暂时锁定", unknownLocked.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(knownLocked.QuerySelector("[role=alert]")!.TextContent, unknownLocked.QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task AnUnknownOrBlockedNameIsHashedLikeAWrongPassword()
    {
        // Timing is what gives names away (before the dummy hash: 5.5 ms for an unknown name, 114 ms for a real one;
        // figures in docs/performance.md). Equal time follows from equal work: every refusal checks one hash.
        await _app.CreateUserAsync("计时账户", Roles.Editor);
        var client = _app.ClientFrom("192.0.2.1");

        Assert.Equal(1, await ChecksForAsync(client, "计时账户", "wrong-password-1"));
        Assert.Equal(1, await ChecksForAsync(client, "没有这个人", "wrong-password-1"));
        for (var i = 0; i < SignInAttempts.MaxFailures; i++)
        {
            await client.LogInAsync("没有这个人", "wrong-password-" + i);
        }

        Assert.Equal(1, await ChecksForAsync(client, "没有这个人", "wrong-password-x"));
    }

    [Fact]
    public async Task AFloodFromOneAddressIsRefusedWith429WhileOthersSignIn()
    {
        await _app.CreateUserAsync("另一地址的编辑", Roles.Editor);
        var flooder = _app.ClientFrom("203.0.113.99");
        var token = await SignIn.TokenAsync(flooder, "/account/login");
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 40 && refused is null; i++)
        {
            var response = await flooder.PostAsync(new Uri("/account/login", UriKind.Relative), LoginForm(token, "flood-" + i, "wrong-password-1"));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
                Assert.Equal(20, i);
            }
        }

        Assert.NotNull(refused);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("登录尝试过于频繁", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(_app.LogLines, l => l.Contains("Sign-in rate-limited for flood-20 from 203.0.113.99", StringComparison.Ordinal));

        // Pages and other addresses are not limited.
        Assert.Equal(HttpStatusCode.OK, (await flooder.GetAsync(new Uri("/account/login", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await _app.ClientFrom("198.51.100.21").LogInAsync("另一地址的编辑", SignIn.Password)).StatusCode);
    }

    [Fact]
    public async Task TheLimitFollowsTheForwardedAddressOfATrustedProxyOnly()
    {
        var proxy = _app.ClientFrom("127.0.0.1");
        var token = await SignIn.TokenAsync(proxy, "/account/login");
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostViaProxyAsync(proxy, token, "203.0.113.5", i)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostViaProxyAsync(proxy, token, "203.0.113.5", 20)).StatusCode);

        // Another client behind the same proxy has its own allowance.
        Assert.Equal(HttpStatusCode.OK, (await PostViaProxyAsync(proxy, token, "203.0.113.6", 21)).StatusCode);
    }

    [Fact]
    public async Task ADisabledAccountIsToldSoOnlyWithTheRightPassword()
    {
        await _app.CreateUserAsync("已停用的编辑", Roles.Editor);
        await _app.CreateUserAsync("停用它的管理员", Roles.Admin);
        var id = await AccountPages.IdOfAsync(_app, "已停用的编辑");
        Assert.True((await AccountPages.ActAsync(_app, "停用它的管理员", "disable", id)).Succeeded);

        var client = _app.ClientFrom("198.51.100.30");
        var wrong = await (await client.LogInAsync("已停用的编辑", "wrong-password-1")).ParseAsync();
        Assert.Contains("用户名或密码不正确", wrong.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var right = await client.LogInAsync("已停用的编辑", SignIn.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("已停用", (await right.ParseAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        Assert.True((await AccountPages.ActAsync(_app, "停用它的管理员", "enable", id)).Succeeded);
        Assert.Equal(HttpStatusCode.Redirect, (await client.LogInAsync("已停用的编辑", SignIn.Password)).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostViaProxyAsync(HttpClient proxy, string token, string forwardedFor, int attempt)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/login", UriKind.Relative)) { Content = LoginForm(token, "proxied-" + attempt, "wrong-password-1") };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await proxy.SendAsync(request);
    }

    private async Task<int> ChecksForAsync(HttpClient client, string name, string password)
    {
        var before = _app.PasswordChecks;
        var response = await client.LogInAsync(name, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return _app.PasswordChecks - before;
    }

    private static FormUrlEncodedContent LoginForm(string token, string name, string password) => new(
    [
        new("__RequestVerificationToken", token), new("_handler", "login"), new("Input.UserName", name), new("Input.Password", password),
    ]);
}
