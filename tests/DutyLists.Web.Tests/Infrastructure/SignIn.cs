using System.Net;
using AngleSharp.Html.Parser;
using DutyLists.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DutyLists.Web.Tests.Infrastructure;

/// <summary>Accounts for tests, signing in through the real login form, and posting forms with their antiforgery token.</summary>
public static class SignIn
{
    public const string Password = "test-password-123";

    private static readonly HtmlParser Parser = new();

    public static async Task CreateUserAsync(this DutyListsFactory factory, string name, string role, string password = Password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser(name);
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see them.</summary>
    public static HttpClient CreateBrowserLikeClient(this DutyListsFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A new user of <paramref name="role"/>, signed in.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this DutyListsFactory factory, string role)
    {
        var name = role.ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..8];
        await factory.CreateUserAsync(name, role);
        var client = factory.CreateBrowserLikeClient();
        var response = await client.LogInAsync(name, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static Task<HttpResponseMessage> LogInAsync(this HttpClient client, string name, string password) =>
        client.PostFormAsync("/account/login", "login", new() { ["Input.UserName"] = name, ["Input.Password"] = password });

    /// <summary>GETs <paramref name="pageUrl"/> for its antiforgery token, then posts the named form with <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string formName, Dictionary<string, string> fields, string? postUrl = null)
    {
        var token = await TokenAsync(client, pageUrl);
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)).Append(new("_handler", formName)));
        return await client.PostAsync(new Uri(postUrl ?? pageUrl, UriKind.Relative), content);
    }

    public static async Task<string> TokenAsync(HttpClient client, string pageUrl)
    {
        var html = await client.GetStringAsync(new Uri(pageUrl, UriKind.Relative));
        var page = await Parser.ParseDocumentAsync(html);
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{pageUrl} has no antiforgery token");
    }

    public static async Task<AngleSharp.Dom.IDocument> ParseAsync(this HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public static string[] AllRoles => [.. Roles.All];
}
