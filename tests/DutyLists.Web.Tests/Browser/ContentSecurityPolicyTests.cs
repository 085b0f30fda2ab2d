using DutyLists.Web.Accounts;
using DutyLists.Web.Setup;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DutyLists.Web.Tests.Browser;

/// <summary>Every page, public and admin, loads under the Content-Security-Policy with no violation in Chromium.</summary>
public sealed class ContentSecurityPolicyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly List<string> _problems = [];

    [Fact]
    public async Task PublicAndAdminPagesLoadWithoutAViolation()
    {
        await browser.CreateUserAsync("策略管理员", Roles.Admin);
        var page = await browser.NewPageAsync(_problems);

        // Recorded by the page itself, besides the console errors the fixture collects.
        await page.AddInitScriptAsync("window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));");

        foreach (var url in new[] { "/", "/townships/1", "/search?q=安全生产", "/compare", "/stats", "/departments", "/duties/1", "/account/login" })
        {
            await VisitAsync(page, url);
        }

        await page.GetByLabel("用户名").FillAsync("策略管理员");
        await page.GetByLabel("密码").FillAsync(SignIn.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        foreach (var url in new[] { "/admin", "/admin/import", "/admin/review", "/admin/accounts", "/admin/departments", "/admin/audit", "/admin/townships/1/revisions", "/admin/duties/1/edit", "/account/logout" })
        {
            await VisitAsync(page, url);
        }

        Assert.True(_problems.Count == 0, string.Join("\n", _problems));
    }

    private async Task VisitAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(browser.BaseAddress + url);
        Assert.NotNull(response);
        Assert.Equal(EdgeProtection.ContentSecurityPolicy, await response.HeaderValueAsync("content-security-policy"));
        var violations = await page.EvaluateAsync<string[]>("window.__violations");
        Assert.True(violations.Length == 0, $"{url}: {string.Join("; ", violations)}");
    }
}
