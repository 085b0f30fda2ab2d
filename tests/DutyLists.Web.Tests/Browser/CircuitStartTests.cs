using Microsoft.Playwright;

namespace DutyLists.Web.Tests.Browser;

/// <summary>
/// The moment the circuit takes over a prerendered page: what the reader typed and sees must survive it. The circuit
/// is held back by holding back blazor.web.js until the test has typed.
/// </summary>
public sealed class CircuitStartTests(NetworkedDatabaseBrowserFixture browser) : IClassFixture<NetworkedDatabaseBrowserFixture>
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

    /// <summary>
    /// Counts the DOM changes after which the page has no duty rows, once it has had some: a prerendered page whose rows
    /// vanish when the circuit attaches and come back when it has queried again counts at least one.
    /// </summary>
    private const string CountEmptyMoments = """
        window.emptyMoments = 0;
        let seen = false;
        new MutationObserver(() => {
            if (document.querySelector('[data-duty-id]')) {
                seen = true;
            } else if (seen) {
                window.emptyMoments++;
            }
        }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-duty-id'] });
        """;

    [Theory]
    [InlineData("/townships/1")]
    [InlineData("/townships/1?kind=cooperative")]
    [InlineData("/search?q=%E6%B6%88%E9%98%B2")]
    [InlineData("/duties/first-of-township-1")]
    public async Task ThePrerenderedRowsStayWhileTheCircuitAttaches(string address)
    {
        var page = await browser.NewPageAsync(_problems);
        if (address == "/duties/first-of-township-1")
        {
            await page.GotoAsync(browser.BaseAddress + "/townships/1");
            address = (await page.Locator("tr[data-duty-id] a.duty-name").First.GetAttributeAsync("href"))!;
        }

        await page.AddInitScriptAsync(CountEmptyMoments);
        await page.GotoAsync(browser.BaseAddress + address);
        var rows = await page.Locator("[data-duty-id]").CountAsync();
        Assert.True(rows > 0, $"{address} was prerendered without rows");
        await BrowserFixture.InteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-duty-id]")).ToHaveCountAsync(rows);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.emptyMoments"));

        // The circuit's page is live, not a copy: a filter link still changes it.
        if (address.StartsWith("/townships/", StringComparison.Ordinal))
        {
            var before = await page.Locator("[data-testid=result-count]").InnerTextAsync();
            await page.Locator("a[data-facet=category]").First.ClickAsync();
            await page.WaitForURLAsync("**category=*");
            await Assertions.Expect(page.Locator("[data-testid=result-count]")).Not.ToHaveTextAsync(before);
        }

        await page.GotoAsync("about:blank");
        Assert.True(_problems.Count == 0, string.Join("\n", _problems));
    }
}
