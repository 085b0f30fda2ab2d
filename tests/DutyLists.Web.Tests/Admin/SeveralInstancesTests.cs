using System.Net;
using System.Net.Http.Json;
using DutyLists.Web.Accounts;
using DutyLists.Web.Importing;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DutyLists.Web.Tests.Admin;

/// <summary>
/// Two instances of one deployment on one database, as behind a load balancer: whatever one request leaves for the
/// next (the login cookie, an antiforgery token, an upload waiting for its confirmation) is read by the other instance.
/// </summary>
public sealed class SeveralInstancesTests : IDisposable
{
    private readonly DutyListsFactory _first = new();
    private readonly DutyListsFactory _second;

    public SeveralInstancesTests() => _second = new DutyListsFactory { SharedWith = _first };

    [Fact]
    public async Task AnAdminSignedInOnOneInstanceImportsThroughTheOther()
    {
        // One browser: one cookie jar, its requests spread over both instances.
        var cookies = new CookieContainer();
        var first = _first.CreateDefaultClient(new CookieContainerHandler(cookies));
        var second = _second.CreateDefaultClient(new CookieContainerHandler(cookies));
        await _first.CreateUserAsync("lb-admin", Roles.Admin);
        _ = await second.GetAsync(new Uri("/healthz", UriKind.Relative));
        var before = await TownshipAsync(second, "三台镇");

        var login = await first.LogInAsync("lb-admin", SignIn.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync(new Uri("/admin/import", UriKind.Relative))).StatusCode);

        // Staged through one instance, previewed by the other (the staged file is in the shared database), confirmed
        // through the first. Within one circuit an admin stays on one instance (sticky sessions); these are two visits.
        var staged = await _second.StageAsync("三台镇-修订.txt", Uploads.Seed004WithoutBasicItem5());
        var preview = await first.GetPage(staged.PreviewUrl());
        Assert.Equal("1", preview.QuerySelector("[data-count=removed]")!.TextContent);
        var firstFlow = _first.Services.GetRequiredService<ImportFlow>();
        var previewed = await firstFlow.PreviewAsync(staged.StagedId!.Value);
        var confirm = await firstFlow.ConfirmAsync(staged.StagedId.Value, previewed.Preview!.Base, "lb-admin");

        Assert.NotNull(confirm.Outcome);
        Assert.Equal(before.Counts.Basic - 1, (await TownshipAsync(first, "三台镇")).Counts.Basic);
        Assert.Equal(before.Counts.Basic - 1, (await TownshipAsync(second, "三台镇")).Counts.Basic);
    }

    [Fact]
    public async Task TheKeysThatSignCookiesAndTokensLiveInTheDatabase()
    {
        // In one test process both instances would also find keys in the user's home folder, the default; on two machines
        // only the database is shared, so that is where the key ring must be.
        foreach (var app in new[] { _first, _second })
        {
            var repository = app.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository;
            Assert.IsType<EntityFrameworkCoreXmlRepository<AccountsDbContext>>(repository);
        }

        await _first.SignedInClientAsync(Roles.Admin);
        await using var scope = _second.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().DataProtectionKeys.AnyAsync());
    }

    private static async Task<ApiTownship> TownshipAsync(HttpClient client, string name) =>
        (await client.GetFromJsonAsync<List<ApiTownship>>(new Uri("/api/townships", UriKind.Relative)))!.Single(t => t.Name == name);

    private sealed record ApiTownship(int Id, string Name, ApiCounts Counts);

    private sealed record ApiCounts(int Basic, int Cooperative, int Reclaimed);

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
    }
}
