using System.Globalization;
using Microsoft.Playwright;

namespace DutyLists.Web.Tests.Browser;

/// <summary>Printing a search prints every result, up to 500 with a note saying so, its header on every page.</summary>
public sealed class SearchPrintTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly List<string> _problems = [];

    private const string PrintedRows =
        "() => [...document.querySelectorAll('tr[data-duty-id], tr[data-print-duty-id]')].filter(r => getComputedStyle(r).display !== 'none').length";

    private static async Task<int> ResultCount(IPage page)
    {
        var text = await page.Locator("[data-testid=result-count]").InnerTextAsync();
        return int.Parse(new string([.. text.Where(char.IsAsciiDigit)]), CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task PrintingASearchPrintsEveryResultNotOnlyThePageShown()
    {
        var page = await browser.NewPageAsync(_problems);
        await page.GotoAsync(browser.BaseAddress + "/search?q=%E6%B6%88%E9%98%B2");
        await BrowserFixture.InteractiveAsync(page);
        var total = await ResultCount(page);
        Assert.InRange(total, 21, 500);
        Assert.Equal(20, await page.Locator("tr[data-duty-id]").CountAsync());
        Assert.Equal(20, await page.EvaluateAsync<int>(PrintedRows));

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal(total, await page.EvaluateAsync<int>(PrintedRows));
        Assert.Equal("table-header-group", await page.Locator(".duty-table thead").EvaluateAsync<string>("e => getComputedStyle(e).display"));
        Assert.False(await page.Locator(".pager").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("[data-testid=print-limit]").CountAsync());
        var pdf = await page.PdfAsync(new() { Format = "A4", Landscape = true });
        await File.WriteAllBytesAsync(Path.Combine(BrowserFixture.ScreenshotFolder, "search-print.pdf"), pdf);

        // The second page on screen prints the same whole list.
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.Locator(".pager a", new() { HasText = "2" }).First.ClickAsync();
        await page.WaitForURLAsync("**page=2*");
        await Assertions.Expect(page.Locator("tr[data-duty-id]")).ToHaveCountAsync(Math.Min(20, total - 20));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal(total, await page.EvaluateAsync<int>(PrintedRows));
        await page.GotoAsync("about:blank");
        Assert.True(_problems.Count == 0, string.Join("\n", _problems));
    }

    [Fact]
    public async Task ASearchOfMoreThan500ResultsSaysOnScreenAndOnPaperThatOnlyTheFirst500ArePrinted()
    {
        var page = await browser.NewPageAsync(_problems);
        await page.GotoAsync(browser.BaseAddress + "/search?kind=cooperative");
        await BrowserFixture.InteractiveAsync(page);
        var total = await ResultCount(page);
        Assert.True(total > 500, $"the seed has {total} cooperative duties; the test needs more than 500");
        var note = page.Locator("[data-testid=print-limit]");
        await Assertions.Expect(note).ToHaveTextAsync($"打印时仅打印前 500 项，共 {total} 项");
        await BrowserFixture.ScreenshotAsync(page, "search-print-limit");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal(500, await page.EvaluateAsync<int>(PrintedRows));
        await Assertions.Expect(note).ToBeVisibleAsync();

        // Beyond the first 500, a page prints alone, and says so.
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.GotoAsync(browser.BaseAddress + "/search?kind=cooperative&page=26");
        var onPage26 = Math.Min(20, total - 500);
        await Assertions.Expect(note).ToHaveTextAsync($"打印时仅打印本页 {onPage26} 项，共 {total} 项");
        Assert.Equal(onPage26, await page.Locator("tr[data-duty-id]").CountAsync());
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal(onPage26, await page.EvaluateAsync<int>(PrintedRows));
        await page.GotoAsync("about:blank");
        Assert.True(_problems.Count == 0, string.Join("\n", _problems));
    }
}
