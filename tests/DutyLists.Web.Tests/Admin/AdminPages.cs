using Bunit;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace DutyLists.Web.Tests.Admin;

/// <summary>
/// The app's interactive pages rendered with bUnit against a real app, its services and its database, for a signed-in
/// user: what an admin does in a circuit (upload, confirm in a dialog, roll back, correct) without a browser. The
/// dialog provider is rendered first, so that dialogs the page opens can be found and answered.
/// </summary>
public sealed class AdminPages : BunitContext
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public AdminPages(DutyListsFactory app, string user, string role)
    {
        User = user;
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddFallbackServiceProvider(app.Services);
        AddAuthorization().SetAuthorized(user).SetRoles(role);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
    }

    public string User { get; }

    public IRenderedComponent<MudDialogProvider> Dialogs { get; }

    /// <summary>The messages of the snackbars shown so far.</summary>
    public IReadOnlyList<string> Snackbars => [.. Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? "")];

    /// <summary>Where the page navigated to, base-relative, e.g. <c>admin/import/…</c>.</summary>
    public string Address
    {
        get
        {
            var navigation = Services.GetRequiredService<NavigationManager>();
            return "/" + navigation.ToBaseRelativePath(navigation.Uri);
        }
    }

    /// <summary>Waits for the confirmation dialog and presses its confirm (or cancel) button.</summary>
    public AngleSharp.Dom.IElement AnswerDialog(bool confirm)
    {
        var dialog = Dialogs.WaitForElement("[data-testid=confirm-dialog]", Patience);
        Dialogs.Find(confirm ? "[data-testid=dialog-confirm]" : "[data-testid=dialog-cancel]").Click();
        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll("[data-testid=confirm-dialog]")), Patience);
        return dialog;
    }

    /// <summary>The dialog's text as shown, before it is answered.</summary>
    public string DialogText() => Dialogs.WaitForElement("[data-testid=confirm-dialog]", Patience).TextContent;
}
