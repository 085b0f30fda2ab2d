using System.Net;
using System.Text.RegularExpressions;
using DutyLists.Web.Setup;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DutyLists.Web.Tests.Pages;

/// <summary>Security headers on every kind of response, and what a TLS proxy in front changes.</summary>
public sealed partial class EdgeHeaderTests(AddressedApp app) : IClassFixture<AddressedApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/api/townships")]
    [InlineData("/app.css")]
    [InlineData("/healthz")]
    [InlineData("/no-such-page")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string url)
    {
        var response = await app.ClientFrom("198.51.100.1").GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(EdgeProtection.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public void KestrelSendsNoServerHeader() =>
        Assert.False(app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);

    [Fact]
    public async Task PagesHaveNoInlineScriptThePolicyWouldBlock()
    {
        foreach (var url in new[] { "/", "/townships/1", "/search?q=安全", "/compare", "/stats", "/departments", "/account/login" })
        {
            var html = await app.ClientFrom("198.51.100.1").GetStringAsync(new Uri(url, UriKind.Relative));
            Assert.DoesNotMatch(InlineScript(), html);
            Assert.DoesNotMatch(EventHandlerAttribute(), html);
        }
    }

    [Fact]
    public async Task BehindATrustedTlsProxyTheCookiesAreSecureAndHstsIsSent()
    {
        var proxy = app.ClientFrom("127.0.0.1", "http://dutylists.example", handleCookies: false);

        var (form, antiforgery) = await LoginFormAsync(proxy, forwarded: true);
        Assert.Contains(antiforgery.SetCookie, c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("max-age=", Header(form, "Strict-Transport-Security"), StringComparison.Ordinal);

        var login = await PostLoginAsync(proxy, antiforgery, forwarded: true);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var auth = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("DutyLists.Auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("https", login.Headers.Location!.Scheme);
    }

    [Fact]
    public async Task FromAnUntrustedAddressTheForwardedHeadersAreIgnored()
    {
        var spoofer = app.ClientFrom("203.0.113.50", "http://dutylists.example", handleCookies: false);

        var (form, antiforgery) = await LoginFormAsync(spoofer, forwarded: true);
        Assert.DoesNotContain(antiforgery.SetCookie, c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.False(form.Headers.Contains("Strict-Transport-Security"));

        var login = await PostLoginAsync(spoofer, antiforgery, forwarded: true);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var auth = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("DutyLists.Auth=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", auth, StringComparison.OrdinalIgnoreCase);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} missing from {response.RequestMessage?.RequestUri}");

    private static async Task<(HttpResponseMessage Response, Antiforgery Token)> LoginFormAsync(HttpClient client, bool forwarded)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/account/login", UriKind.Relative));
        Forward(request, forwarded);
        var response = await client.SendAsync(request);
        var page = await response.ParseAsync();
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var setCookie = response.Headers.GetValues("Set-Cookie").ToList();
        return (response, new Antiforgery(token, setCookie));
    }

    private async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, Antiforgery antiforgery, bool forwarded)
    {
        var name = "proxy-" + Guid.NewGuid().ToString("N")[..8];
        await app.CreateUserAsync(name, DutyLists.Web.Accounts.Roles.Editor);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/login", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(
            [
                new("__RequestVerificationToken", antiforgery.Token), new("_handler", "login"), new("Input.UserName", name), new("Input.Password", SignIn.Password),
            ]),
        };
        request.Headers.Add("Cookie", string.Join("; ", antiforgery.SetCookie.Select(c => c.Split(';')[0])));
        Forward(request, forwarded);
        return await client.SendAsync(request);
    }

    private static void Forward(HttpRequestMessage request, bool forwarded)
    {
        if (forwarded)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-For", "198.51.100.77");
        }
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[^>]+\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    private sealed record Antiforgery(string Token, IReadOnlyList<string> SetCookie);
}
