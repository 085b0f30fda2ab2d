using DutyLists.Web.Accounts;
using DutyLists.Web.Tests.Admin;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DutyLists.Web.Tests.Browser;

/// <summary>An admin and an editor at work in a real browser, with JavaScript off: every step is a plain form.</summary>
public sealed class AdminJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly List<string> _problems = [];

    [Fact]
    public async Task AnAdminSignsInUploadsARevisedListReviewsTheDiffConfirmsAndComparesRevisions()
    {
        await browser.CreateUserAsync("王管理", Roles.Admin);
        var file = Path.Combine(browser.TempFolder, "三台镇履职事项清单-修订.txt");
        await File.WriteAllTextAsync(file, Uploads.Seed004WithoutBasicItem5());
        var page = await browser.NewPageAsync(_problems, new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "zh-CN" });

        await page.GotoAsync(browser.BaseAddress + "/admin/import");
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("用户名").FillAsync("王管理");
        await page.GetByLabel("密码").FillAsync(SignIn.Password);
        await BrowserFixture.ScreenshotAsync(page, "login");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        Assert.EndsWith("/admin/import", page.Url, StringComparison.Ordinal);

        await page.GetByLabel("清单文件").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并预览" }).ClickAsync();
        Assert.Contains("/admin/import/", page.Url, StringComparison.Ordinal);
        Assert.Equal("1", await page.Locator("[data-count=removed]").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "import-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "确认导入" }).ClickAsync();
        Assert.Contains("/revisions", page.Url, StringComparison.Ordinal);
        Assert.Contains("已导入为第 2 版", await page.Locator(".alert-success").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "revisions");

        await page.GetByRole(AriaRole.Button, new() { Name = "比较" }).ClickAsync();
        Assert.Contains("第 1 版 → 第 2 版", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("section[data-kind=basic] .diff-removed li").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "revision-diff");
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task AnEditorWorksThroughTheReviewQueueOnAPhone()
    {
        await browser.CreateUserAsync("李编辑", Roles.Editor);
        var page = await browser.NewPageAsync(_problems, new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 390, Height = 844 }, Locale = "zh-CN", IsMobile = true });
        await page.GotoAsync(browser.BaseAddress + "/account/login?ReturnUrl=%2Fadmin%2Freview");
        await page.GetByLabel("用户名").FillAsync("李编辑");
        await page.GetByLabel("密码").FillAsync(SignIn.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        Assert.EndsWith("/admin/review", page.Url, StringComparison.Ordinal);
        var flagged = await page.Locator("li[data-duty-id]").CountAsync();
        Assert.True(flagged > 0);
        await BrowserFixture.ScreenshotAsync(page, "review-queue-phone");

        await page.Locator("li[data-duty-id] a", new() { HasText = "更正" }).First.ClickAsync();
        await page.GetByLabel("事项名称").FillAsync("经核对原文更正的事项名称");
        await page.GetByLabel("更正理由（必填，记入版本历史）").FillAsync("对照原文行核对");
        await BrowserFixture.ScreenshotAsync(page, "correct-duty-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存为新版本" }).ClickAsync();

        Assert.Equal("经核对原文更正的事项名称", await page.Locator("h1").InnerTextAsync());
        await page.GotoAsync(browser.BaseAddress + "/admin/review");
        Assert.Equal(flagged - 1, await page.Locator("li[data-duty-id]").CountAsync());
        Assert.Empty(_problems);
    }
}
