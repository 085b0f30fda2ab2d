using Microsoft.Playwright;

namespace DutyLists.Web.Tests.Browser;

/// <summary>The main journeys in a real browser; each saves a screenshot and fails on a console error or a failed request.</summary>
public sealed class JourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly List<string> _problems = [];

    /// <summary>Waits for the count: in a circuit the address changes before the new rows are rendered.</summary>
    private static Task ExpectCount(IPage page, int count) =>
        Assertions.Expect(page.Locator("[data-testid=result-count]")).ToContainTextAsync(count.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static async Task<int> ResultCount(IPage page)
    {
        var text = await page.Locator("[data-testid=result-count]").InnerTextAsync();
        return int.Parse(new string([.. text.Where(char.IsAsciiDigit)]), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task OpenATownshipAndFilterByCategoryAndDepartment()
    {
        var page = await browser.NewPageAsync(_problems);
        await page.GotoAsync(browser.BaseAddress + "/");
        await BrowserFixture.InteractiveAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "加尕斯台镇", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "配合履职事项 123" }).ClickAsync();
        await ExpectCount(page, 123);

        await page.Locator("a[data-facet=category]", new() { HasText = "自然资源" }).ClickAsync();
        await ExpectCount(page, 17);
        Assert.Contains("category=", page.Url, StringComparison.Ordinal);

        await page.Locator("a[data-facet=department]", new() { HasText = "县自然资源局" }).First.ClickAsync();
        await page.WaitForURLAsync("**department=*");
        await Assertions.Expect(page.Locator("[data-testid=result-count]")).Not.ToContainTextAsync("17");
        var both = await ResultCount(page);
        Assert.InRange(both, 1, 16);
        Assert.Equal(both, await page.Locator("tr[data-duty-id]").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "township-filtered");

        await page.Locator(".active-filters a.chip", new() { HasText = "类别：自然资源" }).ClickAsync();
        Assert.True(await ResultCount(page) >= both);
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task SearchOpenADutyAndGoBack()
    {
        var page = await browser.NewPageAsync(_problems);
        await page.GotoAsync(browser.BaseAddress + "/");
        await BrowserFixture.InteractiveAsync(page);
        await page.GetByLabel("搜索全部乡镇的履职事项").FillAsync("河长制");
        await page.GetByRole(AriaRole.Button, new() { Name = "搜索", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/search?*");
        await Assertions.Expect(page.Locator("[data-testid=result-count]")).ToBeVisibleAsync();
        var count = await ResultCount(page);
        Assert.True(count > 0);
        Assert.Equal("河长制", await page.Locator("mark").First.InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "search");

        var first = page.Locator("tr[data-duty-id] a.duty-name").First;
        var name = await first.InnerTextAsync();
        await first.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name);
        await BrowserFixture.ScreenshotAsync(page, "duty");

        await page.GoBackAsync();
        await ExpectCount(page, count);
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task OnAPhoneRowsBecomeCardsAndPrintingHidesNavigation()
    {
        var page = await browser.NewPageAsync(_problems, new() { ViewportSize = new() { Width = 390, Height = 844 }, Locale = "zh-CN" });
        await page.GotoAsync(browser.BaseAddress + "/");
        await BrowserFixture.InteractiveAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "三台镇", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/townships/*");
        await BrowserFixture.InteractiveAsync(page);
        await Assertions.Expect(page.Locator("tr[data-duty-id]").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        Assert.Equal("none", await page.Locator(".duty-table thead").EvaluateAsync<string>("e => getComputedStyle(e).display"));
        Assert.Equal("block", await page.Locator("tr[data-duty-id]").First.EvaluateAsync<string>("e => getComputedStyle(e).display"));
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"page is {width}px wide on a 390px screen");
        await BrowserFixture.ScreenshotAsync(page, "phone");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator("header.site-header").IsVisibleAsync());
        Assert.False(await page.Locator(".mud-drawer").IsVisibleAsync());
        Assert.True(await page.Locator("tr[data-duty-id]").First.IsVisibleAsync());
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task AnOfficialOnAPhoneOpensTheFiltersAndNarrowsTheList()
    {
        var page = await browser.NewPageAsync(_problems, new() { ViewportSize = new() { Width = 390, Height = 844 }, Locale = "zh-CN", HasTouch = true, IsMobile = true });
        await page.GotoAsync(browser.BaseAddress + "/");
        await BrowserFixture.InteractiveAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "加尕斯台镇", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/townships/*");
        await page.GetByRole(AriaRole.Link, new() { Name = "配合履职事项 123" }).ClickAsync();
        await ExpectCount(page, 123);

        // The filters are a sheet, out of sight until the control at the top of the list opens it (fault 2).
        var filters = page.Locator("aside#filters");
        Assert.False(await filters.IsVisibleAsync());
        // The sheet opens in the circuit; before it starts the control is a link to #filters (the journey without JavaScript).
        var open = page.Locator("[data-testid=open-filters][data-interactive=true]");
        var box = await open.BoundingBoxAsync();
        Assert.True(box!.Y < 844, $"the filter control is {box.Y}px down the page");
        await open.ClickAsync();
        await Assertions.Expect(filters).ToBeVisibleAsync();
        await Assertions.Expect(filters).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("open"));
        await BrowserFixture.ScreenshotAsync(page, "phone-filters");

        await filters.Locator("a[data-facet=category]", new() { HasText = "自然资源" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=sheet-count]")).ToHaveTextAsync("筛选 · 共 17 项");
        Assert.Contains("category=", page.Url, StringComparison.Ordinal);
        await page.Locator(".filters-close").ClickAsync();
        await Assertions.Expect(filters).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("open"));
        await ExpectCount(page, 17);
        Assert.Equal(17, await page.Locator("tr[data-duty-id]").CountAsync());
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"page is {width}px wide on a 390px screen");
        await BrowserFixture.ScreenshotAsync(page, "phone-filtered");

        // Back goes to the whole list again: the address is the state.
        await page.GoBackAsync();
        await ExpectCount(page, 123);
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task PrintingATownshipListPrintsEveryRowWithItsHeader()
    {
        var page = await browser.NewPageAsync(_problems);
        await page.GotoAsync(browser.BaseAddress + "/");
        await BrowserFixture.InteractiveAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "加尕斯台镇", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "配合履职事项 123" }).ClickAsync();
        await ExpectCount(page, 123);
        Assert.Equal(50, await page.Locator("tr[data-duty-id]").CountAsync());

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var printed = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('tr[data-duty-id], tr[data-print-duty-id]')].filter(r => getComputedStyle(r).display !== 'none').length");
        Assert.Equal(123, printed);
        Assert.Equal("table-header-group", await page.Locator(".duty-table thead").EvaluateAsync<string>("e => getComputedStyle(e).display"));
        Assert.False(await page.Locator(".mud-appbar").IsVisibleAsync());
        Assert.False(await page.Locator("aside#filters").IsVisibleAsync());
        var pdf = await page.PdfAsync(new() { Format = "A4", Landscape = true });
        await File.WriteAllBytesAsync(Path.Combine(BrowserFixture.ScreenshotFolder, "township-print.pdf"), pdf);
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task PagesWorkWithJavaScriptOff()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.BaseAddress + "/search?q=" + Uri.EscapeDataString("消防"));
        var count = await ResultCount(page);
        await page.Locator("a[data-facet=kind]", new() { HasText = "基本履职事项" }).ClickAsync();
        Assert.True(await ResultCount(page) < count);
        await page.GetByLabel("搜索词").FillAsync("消防 宣传");
        await page.GetByRole(AriaRole.Button, new() { Name = "搜索", Exact = true }).ClickAsync();
        Assert.Contains("kind=basic", page.Url, StringComparison.Ordinal);

        // A township's list, prerendered: tabs and facets are links, and on a phone the filter control opens the
        // sheet through #filters without a script.
        var phone = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 390, Height = 844 } });
        var list = await phone.NewPageAsync();
        await list.GotoAsync(browser.BaseAddress + "/");
        await list.GetByRole(AriaRole.Link, new() { Name = "加尕斯台镇", Exact = true }).ClickAsync();
        await list.GetByRole(AriaRole.Link, new() { Name = "配合履职事项 123" }).ClickAsync();
        Assert.Equal(123, await ResultCount(list));
        Assert.False(await list.Locator("aside#filters").IsVisibleAsync());
        await list.Locator("[data-testid=open-filters]").ClickAsync();
        Assert.True(await list.Locator("aside#filters").IsVisibleAsync());
        await list.Locator("a[data-facet=category]", new() { HasText = "自然资源" }).ClickAsync();
        Assert.Equal(17, await ResultCount(list));
        Assert.Equal(17, await list.Locator("tr[data-duty-id]").CountAsync());
        await BrowserFixture.ScreenshotAsync(list, "phone-no-javascript");
        await phone.DisposeAsync();
    }
}
