using DutyLists.Web.Accounts;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DutyLists.Web.Tests.Browser;

/// <summary>
/// Accounts, comparison and statistics in a real browser, at 1366 and 390 px; the admin pages without a journey of
/// their own (departments, audit) are looked at on both too. Screenshots are kept as test artefacts.
/// </summary>
public sealed class AdminAndReportJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly List<string> _problems = [];

    private static readonly (int Width, int Height, string Name)[] Screens = [(1366, 900, "desktop"), (390, 844, "phone")];

    private static async Task NothingWiderThanTheScreen(IPage page, int width, string what) =>
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= width, $"{what} is wider than {width} px");

    private async Task<IPage> SignedInAsync(string name, string role, int width, int height, string returnTo)
    {
        await browser.CreateUserAsync(name, role);
        var page = await browser.NewPageAsync(_problems, new() { ViewportSize = new() { Width = width, Height = height }, Locale = "zh-CN" });
        await page.GotoAsync(browser.BaseAddress + "/account/login?ReturnUrl=" + Uri.EscapeDataString(returnTo));
        await page.GetByLabel("用户名").FillAsync(name);
        await page.GetByLabel("密码").FillAsync(SignIn.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**" + returnTo);
        return page;
    }

    [Theory]
    [InlineData(1366, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task AnAdminCreatesAnAccountAfterConfirmingAndSeesTheOutcome(int width, int height, string screen)
    {
        var page = await SignedInAsync("赵管理" + screen, Roles.Admin, width, height, "/admin/accounts");
        await BrowserFixture.InteractiveAsync(page);
        var newName = "钱编辑" + screen;
        await page.Locator("[data-testid=new-name]").FillAsync(newName);
        await page.Locator("[data-testid=new-password]").FillAsync("Xq7-tide-Lantern-42");
        await page.Locator("[data-testid=create-account]").ClickAsync();

        var dialog = page.Locator("[data-testid=confirm-dialog]");
        await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync($"创建编辑账户 {newName}");
        await Assertions.Expect(dialog).ToContainTextAsync("初始密码登录");
        await BrowserFixture.ScreenshotAsync(page, $"accounts-create-dialog-{screen}");
        await page.Locator("[data-testid=confirm-ok]").ClickAsync();

        await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasText = newName })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"[data-user='{newName}']")).ToBeVisibleAsync();
        await NothingWiderThanTheScreen(page, width, "the accounts page");
        await BrowserFixture.ScreenshotAsync(page, $"accounts-{screen}");

        foreach (var (path, name) in new[] { ("/admin/departments", "departments"), ("/admin/audit", "audit") })
        {
            await page.GotoAsync(browser.BaseAddress + path);
            await BrowserFixture.InteractiveAsync(page);
            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            await NothingWiderThanTheScreen(page, width, path);
            await BrowserFixture.ScreenshotAsync(page, $"{name}-{screen}");
        }

        // The audit log records the new account, in Beijing time.
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(newName);
        await page.GotoAsync("about:blank");
        Assert.True(_problems.Count == 0, string.Join("\n", _problems));
    }

    [Fact]
    public async Task ACompareOfTwoTownshipsShowsTheMatchedGroupsOnADesktopAndAPhone()
    {
        var page = await browser.NewPageAsync(_problems);
        await page.GotoAsync(browser.BaseAddress + "/townships/1");
        await BrowserFixture.InteractiveAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "与其他乡镇比较" }).ClickAsync();
        await page.WaitForURLAsync("**/compare?townships=1");
        await Assertions.Expect(page.Locator("[data-testid=compare-more]")).ToBeVisibleAsync();

        await page.GotoAsync(browser.BaseAddress + "/compare?townships=1,2");
        await BrowserFixture.InteractiveAsync(page);
        var common = page.Locator("[data-kind=cooperative] [data-group=all] tbody tr");
        await Assertions.Expect(common.First).ToBeAttachedAsync();
        Assert.True(await common.CountAsync() > 0, "no cooperative duty matched across the two townships");
        // A matched group names one duty of each township.
        Assert.Equal(2, await common.First.Locator("[data-duty-id]").CountAsync());
        Assert.DoesNotContain("双字相似度", await page.Locator("[data-testid=compare-intro]").InnerTextAsync(), StringComparison.Ordinal);

        // A long part starts closed; the reader opens it.
        var part = page.Locator("[data-kind=cooperative] [data-group=all]");
        if (!await part.EvaluateAsync<bool>("d => d.open"))
        {
            await part.Locator("summary").ClickAsync();
        }

        foreach (var (width, height, screen) in Screens)
        {
            await page.SetViewportSizeAsync(width, height);
            await Assertions.Expect(common.First).ToBeVisibleAsync();
            await NothingWiderThanTheScreen(page, width, "the comparison");
            await BrowserFixture.ScreenshotAsync(page, $"compare-{screen}");
            await common.First.ScrollIntoViewIfNeededAsync();
            await BrowserFixture.ScreenshotAsync(page, $"compare-groups-{screen}");
        }

        await page.GotoAsync("about:blank");
        Assert.True(_problems.Count == 0, string.Join("\n", _problems));
    }

    [Fact]
    public async Task StatisticsShowEachChartWithItsTableOnADesktopAndAPhone()
    {
        var page = await browser.NewPageAsync(_problems);
        await page.GotoAsync(browser.BaseAddress + "/stats");
        await BrowserFixture.InteractiveAsync(page);
        foreach (var chart in new[] { "per-township", "per-category", "top-departments" })
        {
            await Assertions.Expect(page.Locator($"[data-chart={chart}] .bar").First).ToBeVisibleAsync();
            var bars = await page.Locator($"[data-chart={chart}] .bar").CountAsync();
            Assert.True(bars > 0, $"{chart} has no bars");
            Assert.Equal(bars, await page.Locator($"[data-chart-table={chart}] tbody tr").CountAsync());
        }

        foreach (var (width, height, screen) in Screens)
        {
            await page.SetViewportSizeAsync(width, height);
            await NothingWiderThanTheScreen(page, width, "the statistics");
            await BrowserFixture.ScreenshotAsync(page, $"stats-{screen}");
            await page.Locator("[data-chart=top-departments]").ScrollIntoViewIfNeededAsync();
            await BrowserFixture.ScreenshotAsync(page, $"stats-departments-{screen}");
        }

        await page.GotoAsync("about:blank");
        Assert.True(_problems.Count == 0, string.Join("\n", _problems));
    }
}
