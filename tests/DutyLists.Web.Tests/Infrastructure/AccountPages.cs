using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DutyLists.Web.Tests.Infrastructure;

/// <summary>Account actions through /admin/accounts, and cookies copied between clients.</summary>
public static class AccountPages
{
    public static async Task<string> IdOfAsync(DutyListsFactory app, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync(name);
        return user?.Id ?? throw new InvalidOperationException($"no account {name}");
    }

    /// <summary>Posts an account action with its confirmation, as the confirmation page's button does.</summary>
    public static Task<HttpResponseMessage> ActAsync(HttpClient admin, string verb, string id, string? newPassword = null)
    {
        var fields = new Dictionary<string, string> { ["Action.Command"] = $"{verb}:{id}", ["Action.Confirmed"] = "true" };
        if (newPassword is not null)
        {
            fields["Action.NewPassword"] = newPassword;
        }

        return admin.PostFormAsync("/admin/accounts", "account-action", fields);
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
