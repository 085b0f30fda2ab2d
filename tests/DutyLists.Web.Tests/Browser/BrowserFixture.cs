using DutyLists.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DutyLists.Web.Tests.Browser;

/// <summary>
/// The seeded app on a real loopback Kestrel server and Debian's Chromium driven by Playwright. Each page records
/// console errors and failed requests, so that a journey fails on either.
/// </summary>
public class BrowserFixture : IAsyncLifetime, IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly DutyListsFactory _app;

    public BrowserFixture()
        : this(new DutyListsFactory { Environment = "Development" })
    {
    }

    protected BrowserFixture(DutyListsFactory app) => _app = app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public string BaseAddress { get; private set; } = "";

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        _app.UseKestrel(0);
        _app.StartServer();
        BaseAddress = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A new page whose console errors and failed requests are collected in <paramref name="problems"/>.</summary>
    public async Task<IPage> NewPageAsync(List<string> problems, BrowserNewPageOptions? options = null)
    {
        var page = await Browser.NewPageAsync(options ?? new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add("console: " + message.Text);
            }
        };
        page.RequestFailed += (_, request) =>
        {
            // A page fetch the circuit's own navigation superseded (a click before the circuit started) is aborted by
            // design; any other failure is a problem.
            if (!(request.Failure == "net::ERR_ABORTED" && request.ResourceType is "fetch" or "document"))
            {
                problems.Add($"request failed: {request.Url} {request.Failure}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
        return page;
    }

    /// <summary>An account in the fixture's app, for journeys that sign in.</summary>
    public Task CreateUserAsync(string name, string role) => _app.CreateUserAsync(name, role);

    /// <summary>A scratch folder of the fixture's app, for files a journey uploads.</summary>
    public string TempFolder => _app.TempFolder;

    /// <summary>
    /// Waits until the page's circuit has taken over the prerendered markup: text typed before that is lost when the
    /// interactive render replaces the prerendered inputs.
    /// </summary>
    public static Task InteractiveAsync(IPage page) =>
        Assertions.Expect(page.Locator("main[data-interactive=true]")).ToBeAttachedAsync(new() { Timeout = 15_000 });

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = false });

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _app.DisposeAsync();
    }
}
