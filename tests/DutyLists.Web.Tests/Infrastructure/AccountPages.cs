using System.Security.Claims;
using DutyLists.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DutyLists.Web.Tests.Infrastructure;

/// <summary>Account actions as /admin/accounts makes them, and cookies copied between clients.</summary>
public static class AccountPages
{
    public static async Task<string> IdOfAsync(DutyListsFactory app, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync(name);
        return user?.Id ?? throw new InvalidOperationException($"no account {name}");
    }

    /// <summary>The principal of a signed-in account, as the accounts page hands it to <see cref="AccountAdministration"/>.</summary>
    public static async Task<ClaimsPrincipal> PrincipalOfAsync(DutyListsFactory app, string name) =>
        new(new ClaimsIdentity([new(ClaimTypes.NameIdentifier, await IdOfAsync(app, name)), new(ClaimTypes.Name, name)], "test"));

    /// <summary>An account change made by <paramref name="actor"/>, after its confirmation, as the accounts page makes it.</summary>
    public static async Task<AccountChange> ActAsync(DutyListsFactory app, string actor, string verb, string id, string? newPassword = null)
    {
        var principal = await PrincipalOfAsync(app, actor);
        await using var scope = app.Services.CreateAsyncScope();
        var administration = scope.ServiceProvider.GetRequiredService<AccountAdministration>();
        return verb switch
        {
            "admin" => await administration.ChangeRoleAsync(principal, id, Roles.Admin),
            "editor" => await administration.ChangeRoleAsync(principal, id, Roles.Editor),
            "disable" => await administration.DisableAsync(principal, id),
            "enable" => await administration.EnableAsync(principal, id),
            "reset" => await administration.ResetPasswordAsync(principal, id, newPassword ?? ""),
            "delete" => await administration.DeleteAsync(principal, id),
            _ => throw new ArgumentException($"no account action {verb}", nameof(verb)),
        };
    }

    /// <summary>A new account, as the accounts page's "create" makes it.</summary>
    public static async Task<AccountChange> CreateAsync(DutyListsFactory app, string actor, string name, string role, string password)
    {
        var principal = await PrincipalOfAsync(app, actor);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountAdministration>().CreateAsync(principal, name, role, password);
    }

    /// <summary>Signs <paramref name="client"/> in and returns its login cookie, as someone who copied it would hold it.</summary>
    public static async Task<string> LogInAndCopyCookieAsync(this HttpClient client, string name, string password = SignIn.Password)
    {
        var response = await client.LogInAsync(name, password);
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
        var auth = cookies.Select(c => c.Split(';')[0]).Where(c => c.StartsWith("DutyLists.Auth", StringComparison.Ordinal)).ToList();
        return auth.Count > 0 ? string.Join("; ", auth) : throw new InvalidOperationException($"{name} did not sign in: {(int)response.StatusCode}");
    }

    /// <summary>A client that sends only <paramref name="cookie"/> and keeps nothing it is given.</summary>
    public static HttpClient ClientWithCookie(DutyListsFactory app, string cookie)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
