using DutyLists.Web.Accounts;
using DutyLists.Web.Tests.Admin;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DutyLists.Web.Tests.Browser;

/// <summary>
/// An admin and an editor at work in a real browser with JavaScript on: the pages run in a circuit, every change is
/// confirmed in a dialog and answered with a snackbar. Screenshots at 1366 and 390 px are kept as test artefacts.
/// </summary>
public sealed class AdminJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly List<string> _problems = [];

    /// <summary>Waits until the page runs in the circuit: typing into the prerendered HTML before that is lost.</summary>
    private async Task Interactive(IPage page, string testId)
    {
        try
        {
            await Assertions.Expect(page.Locator($"[data-testid={testId}]")).ToHaveAttributeAsync("data-interactive", "true", new() { Timeout = 15_000 });
        }
        catch (PlaywrightException e)
        {
            await BrowserFixture.ScreenshotAsync(page, "not-interactive-" + testId);
            throw new InvalidOperationException($"{testId} never ran in a circuit; the browser reported: {string.Join("; ", _problems)}", e);
        }
    }

    [Fact]
    public async Task AnAdminUploadsARevisedListConfirmsItComparesRevisionsAndRollsBack()
    {
        await browser.CreateUserAsync("王管理", Roles.Admin);
        var file = Path.Combine(browser.TempFolder, "三台镇履职事项清单-修订.txt");
        await File.WriteAllTextAsync(file, Uploads.Seed004WithoutBasicItem5());
        var page = await browser.NewPageAsync(_problems, new() { ViewportSize = new() { Width = 1366, Height = 900 }, Locale = "zh-CN" });

        await page.GotoAsync(browser.BaseAddress + "/admin/import");
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("用户名").FillAsync("王管理");
        await page.GetByLabel("密码").FillAsync(SignIn.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/import");

        // The file input works once the circuit runs the page (before that it is the prerendered HTML).
        await Interactive(page, "upload-form");
        await page.Locator("input[type=file]").SetInputFilesAsync(file);
        await Assertions.Expect(page.Locator("[data-testid=chosen-file]")).ToContainTextAsync("三台镇履职事项清单-修订.txt");
        await BrowserFixture.ScreenshotAsync(page, "import-chosen");
        await page.Locator("[data-testid=upload-and-preview]").ClickAsync();

        await page.WaitForURLAsync("**/admin/import/*");
        await Interactive(page, "preview-actions");
        await Assertions.Expect(page.Locator("[data-count=removed]")).ToHaveTextAsync("1");
        await BrowserFixture.ScreenshotAsync(page, "import-preview");

        await page.Locator("[data-testid=confirm-import]").ClickAsync();
        var dialog = page.Locator("[data-testid=confirm-dialog]");
        await Assertions.Expect(dialog).ToContainTextAsync("新版本并设为当前版本");
        await Assertions.Expect(dialog.Locator("tr[data-kind=basic] [data-count=removed]")).ToHaveTextAsync("1");
        await BrowserFixture.ScreenshotAsync(page, "import-confirm-dialog");
        await page.Locator("[data-testid=dialog-confirm]").ClickAsync();

        await page.WaitForURLAsync("**/revisions*");
        // Found by its text: under load an earlier snackbar may still be on screen beside it.
        await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasText = "第 2 版，并已设为当前版本" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-revision='2'] .current-badge")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "revisions");
        var revisionsUrl = page.Url;

        await page.Locator("[data-testid=compare-with-current]").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("第 1 版 → 第 2 版");
        Assert.Equal(1, await page.Locator("[data-kind=basic] .diff-removed li").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "revision-diff");

        await page.GotoAsync(revisionsUrl);
        await Interactive(page, "revisions-page");
        await page.Locator("[data-revision='1']").Locator("xpath=..").Locator("[data-testid=make-current]").ClickAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("从第 2 版");
        await BrowserFixture.ScreenshotAsync(page, "rollback-dialog");
        await page.Locator("[data-testid=dialog-confirm]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasText = "当前版本已改为第 1 版" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-revision='1'] .current-badge")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "revisions-after-rollback");

        // The same pages on a phone: readable, nothing wider than the screen.
        await page.SetViewportSizeAsync(390, 844);
        foreach (var (url, name) in new[] { (revisionsUrl, "revisions-phone"), (browser.BaseAddress + "/admin/import", "import-phone") })
        {
            await page.GotoAsync(url);
            await BrowserFixture.InteractiveAsync(page);
            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390, $"{name} is wider than the phone");
            await BrowserFixture.ScreenshotAsync(page, name);
        }

        await page.GotoAsync(revisionsUrl);
        await Interactive(page, "revisions-page");
        await page.Locator("[data-testid=compare-with-current]").First.ClickAsync();
        await Assertions.Expect(page.Locator(".revision-diff")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390, "the diff is wider than the phone");
        await BrowserFixture.ScreenshotAsync(page, "revision-diff-phone");
        await page.GotoAsync(browser.BaseAddress + "/");
        Assert.True(_problems.Count == 0, string.Join("\n", _problems));
    }

    [Fact]
    public async Task AnEditorWorksThroughTheReviewQueueOnAPhone()
    {
        await browser.CreateUserAsync("李编辑", Roles.Editor);
        var page = await browser.NewPageAsync(_problems, new() { ViewportSize = new() { Width = 390, Height = 844 }, Locale = "zh-CN", IsMobile = true });
        await page.GotoAsync(browser.BaseAddress + "/account/login?ReturnUrl=%2Fadmin%2Freview");
        await page.GetByLabel("用户名").FillAsync("李编辑");
        await page.GetByLabel("密码").FillAsync(SignIn.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/review");
        // The seeds carry flagged items, so the queue is never empty here; wait for it rather than count a page in flight.
        await Assertions.Expect(page.Locator("[data-duty-id]").First).ToBeVisibleAsync();
        var flagged = await page.Locator("[data-duty-id]").CountAsync();
        await BrowserFixture.ScreenshotAsync(page, "review-queue-phone");

        // Clicking the row's 更正 (not typing its address) opens the form: the review page and the form are two pages of
        // one circuit, so the click is the circuit's own navigation.
        await BrowserFixture.InteractiveAsync(page);
        await page.Locator("[data-duty-id] a", new() { HasText = "更正" }).First.ClickAsync();
        await page.WaitForURLAsync("**/admin/duties/*/edit");
        await Interactive(page, "correction-form");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("更正：");
        await page.Locator("#edit-name").FillAsync("经核对原文更正的事项名称");
        await page.Locator("#edit-note").FillAsync("对照原文行核对");
        await BrowserFixture.ScreenshotAsync(page, "correct-duty-phone");
        await page.Locator("[data-testid=save-correction]").ClickAsync();
        var dialog = page.Locator("[data-testid=confirm-dialog]");
        await Assertions.Expect(dialog.Locator("[data-testid=changed-fields]")).ToContainTextAsync("事项名称");
        await BrowserFixture.ScreenshotAsync(page, "correct-duty-dialog-phone");
        await page.Locator("[data-testid=dialog-confirm]").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("经核对原文更正的事项名称");
        await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasText = "更正已保存为" })).ToBeVisibleAsync();
        await page.GotoAsync(browser.BaseAddress + "/admin/review");
        Assert.Equal(flagged - 1, await page.Locator("[data-duty-id]").CountAsync());
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390, "the review queue is wider than the phone");
        Assert.True(_problems.Count == 0, string.Join("\n", _problems));
    }
}
