using Microsoft.Playwright;

namespace DutyLists.Web.Tests.Browser;

/// <summary>
/// The moment the circuit takes over a prerendered page: what the reader typed and sees must survive it. The circuit
/// is held back by holding back blazor.web.js until the test has typed.
/// </summary>
public sealed class CircuitStartTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly List<string> _problems = [];

    /// <summary>A page whose blazor.web.js is only sent once the returned action is called.</summary>
    private async Task<(IPage Page, Action StartCircuit)> PageWithCircuitHeldBackAsync(BrowserNewPageOptions? options = null)
    {
        var page = await browser.NewPageAsync(_problems, options);
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/_framework/blazor.web.js", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        return (page, release.SetResult);
    }

    [Theory]
    [InlineData("/", "#appbar-q", "", "河长制")]
    [InlineData("/townships/1", "#appbar-q", "", "消防")]
    [InlineData("/townships/1?kind=cooperative", "#q", "", "消防")]
    [InlineData("/search?q=%E6%B6%88%E9%98%B2", "#search-q", "消防", " 宣传")]
    public async Task TextTypedBeforeTheCircuitStartsIsKeptWithTheCaret(string address, string box, string before, string typed)
    {
        var (page, startCircuit) = await PageWithCircuitHeldBackAsync();
        await page.GotoAsync(browser.BaseAddress + address, new() { WaitUntil = WaitUntilState.Commit });
        var input = page.Locator(box);
        await Assertions.Expect(input).ToHaveValueAsync(before);
        await input.ClickAsync();
        await input.PressSequentiallyAsync(typed);
        Assert.Equal("false", await page.Locator("main").GetAttributeAsync("data-interactive"));

        startCircuit();
        await BrowserFixture.InteractiveAsync(page);
        await Assertions.Expect(input).ToHaveValueAsync(before + typed);
        await Assertions.Expect(input).ToBeFocusedAsync();

        // Typing on goes on from where the caret was.
        await input.PressSequentiallyAsync("站");
        await Assertions.Expect(input).ToHaveValueAsync(before + typed + "站");
        await page.GotoAsync("about:blank");
        Assert.True(_problems.Count == 0, string.Join("\n", _problems));
    }

    [Fact]
    public async Task TheSearchPageSearchesForWhatWasTypedBeforeTheCircuitStarted()
    {
        var (page, startCircuit) = await PageWithCircuitHeldBackAsync();
        await page.GotoAsync(browser.BaseAddress + "/search?q=%E6%B6%88%E9%98%B2", new() { WaitUntil = WaitUntilState.Commit });
        var input = page.Locator("#search-q");
        await Assertions.Expect(input).ToHaveValueAsync("消防");
        await input.ClickAsync();
        await input.PressAsync("End");
        await input.PressSequentiallyAsync(" 宣传");

        startCircuit();
        await BrowserFixture.InteractiveAsync(page);
        await Assertions.Expect(input).ToHaveValueAsync("消防 宣传");
        // The circuit's own search (the box's binding) has the typed words, not the ones the page was loaded with.
        await page.Locator("button.search-button").ClickAsync();
        await page.WaitForURLAsync(url => Uri.UnescapeDataString(url.Replace('+', ' ')).Contains("q=消防 宣传", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("mark", new() { HasText = "宣传" }).First).ToBeVisibleAsync();
        await page.GotoAsync("about:blank");
        Assert.True(_problems.Count == 0, string.Join("\n", _problems));
    }
}
