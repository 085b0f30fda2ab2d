using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using DutyLists.Web.Setup;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace DutyLists.Web.Tests.Components;

/// <summary>
/// bUnit tests of pages over the real app's services and a database of their own: the page is rendered by bUnit with
/// MudBlazor's services and its dialog, popover and snackbar providers, and every other service (the queries, the
/// account administration, the audit log) comes from the app. Disposed asynchronously because some of MudBlazor's
/// services are only <see cref="IAsyncDisposable"/>.
/// </summary>
public abstract class PageTest : BunitContext, IAsyncLifetime
{
    private readonly AsyncServiceScope _scope;

    protected PageTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        // Pages load from a real database (PostgreSQL in the second run), which may take longer than bUnit's 1 s.
        DefaultWaitTimeout = TimeSpan.FromSeconds(15);
        Services.AddMudServices(o => o.SnackbarConfiguration.ShowTransitionDuration = 0);
        Services.AddSingleton(App.Services.GetRequiredService<Clock>());
        _scope = App.Services.CreateAsyncScope();
        Services.AddFallbackServiceProvider(_scope.ServiceProvider);
        Authorization = AddAuthorization();
    }

    protected DutyListsFactory App { get; } = new();

    protected BunitAuthorizationContext Authorization { get; }

    /// <summary>The providers a page's dialogs, menus and messages render into, as the layout holds them.</summary>
    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    protected IRenderedComponent<MudSnackbarProvider> Snackbars { get; private set; } = default!;

    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    protected string CurrentAddress
    {
        get
        {
            var navigation = Services.GetRequiredService<NavigationManager>();
            return navigation.ToBaseRelativePath(navigation.Uri);
        }
    }

    /// <summary>Creates an account and renders as that account signed in.</summary>
    protected async Task SignInAsync(string name, string role)
    {
        await App.CreateUserAsync(name, role);
        Authorization.SetAuthorized(name);
        Authorization.SetRoles(role);
        Authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, await AccountPages.IdOfAsync(App, name)));
    }

    protected void RenderProviders()
    {
        Popovers = Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
        Snackbars = Render<MudSnackbarProvider>();
    }

    protected async Task<T> UsingAsync<T>(Func<IServiceProvider, Task<T>> read)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider);
    }

    protected Task<IdentityUser?> FindUserAsync(string name) =>
        UsingAsync(s => s.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync(name));

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _scope.DisposeAsync();
        App.Dispose();
    }
}
