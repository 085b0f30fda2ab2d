using Bunit.TestDoubles;
using DutyLists.Web.Setup;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace DutyLists.Web.Components.Tests.Infrastructure;

/// <summary>
/// Base of the component tests: MudBlazor's services, loose JS interop (MudBlazor calls into its script, which bUnit
/// has not), Beijing time, and a signed-out user unless a test signs one in. Disposed asynchronously because some
/// of MudBlazor's services are only <see cref="IAsyncDisposable"/>; xunit 2 would otherwise call the synchronous
/// Dispose, which throws.
/// </summary>
public abstract class ComponentTest : BunitContext, IAsyncLifetime
{
    protected ComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(new Clock(Clock.DefaultTimeZone));
        Authorization = AddAuthorization();
    }

    protected BunitAuthorizationContext Authorization { get; }

    /// <summary>Where the test's navigation manager now is, base-relative with its query, e.g. <c>search?q=消防</c>.</summary>
    protected string CurrentAddress
    {
        get
        {
            var navigation = Services.GetRequiredService<NavigationManager>();
            return navigation.ToBaseRelativePath(navigation.Uri);
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();
}
