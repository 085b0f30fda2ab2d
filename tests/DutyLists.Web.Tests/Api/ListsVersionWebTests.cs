using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DutyLists.Data;
using DutyLists.Data.Importing;
using DutyLists.Import;
using DutyLists.Web.Accounts;
using DutyLists.Web.Tests.Admin;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DutyLists.Web.Tests.Api;

/// <summary>
/// The version of the lists as the web app uses it: cached pages follow a change made by another instance (or the
/// command line) within a second, sign-ins move nothing, and /healthz reports it.
/// </summary>
public sealed class ListsVersionWebTests : IDisposable
{
    private readonly DutyListsFactory _first = new();
    private readonly DutyListsFactory _second;

    public ListsVersionWebTests() => _second = new DutyListsFactory { SharedWith = _first };

    [Fact]
    public async Task ACachedPageShowsAnImportByAnotherInstanceWithinASecond()
    {
        var reader = _first.CreateClient();
        var before = await BasicCountAsync(reader, "三台镇");
        Assert.Equal(before, await BasicCountAsync(reader, "三台镇")); // Now served from the output cache.

        // The other instance imports; nothing in this one is told.
        var list = _second.Services.GetRequiredService<DutyListReader>().Read("三台镇-修订.txt", Encoding.UTF8.GetBytes(Uploads.Seed004WithoutBasicItem5()));
        await _second.Services.GetRequiredService<RevisionImporter>().ImportAsync(list, "admin");

        var watch = Stopwatch.StartNew();
        int now;
        while ((now = await BasicCountAsync(reader, "三台镇")) == before && watch.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(50);
        }

        Assert.Equal(before - 1, now);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"seen after {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task SignInsAndFailedSignInsLeaveTheVersionAlone()
    {
        await _first.CreateUserAsync("version-editor", Roles.Editor);
        var before = await VersionAsync(_first);

        // Whatever a refused sign-in answers, it is audited and is no change to the lists.
        await _first.CreateBrowserLikeClient().LogInAsync("version-editor", "wrong-password-1");
        await _first.CreateBrowserLikeClient().LogInAsync("no-such-user", "wrong-password-1");
        Assert.Equal(HttpStatusCode.Redirect, (await _first.CreateBrowserLikeClient().LogInAsync("version-editor", SignIn.Password)).StatusCode);

        await using var scope = _first.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<DutyListsDbContext>>().CreateDbContextAsync();
        Assert.True(await db.AuditEntries.CountAsync(a => a.Action == "sign-in" || a.Action == "sign-in-failed") >= 3);
        Assert.Equal(before, await VersionAsync(_first));
    }

    [Fact]
    public async Task HealthReportsTheDatabaseAndTheListsVersion()
    {
        var response = await _first.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        var lists = health.GetProperty("checks").GetProperty("lists");
        Assert.Equal(await VersionAsync(_first), lists.GetProperty("data").GetProperty("version").GetInt64());
    }

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
    }

    private static async Task<long> VersionAsync(DutyListsFactory app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<DutyListsDbContext>>().CreateDbContextAsync();
        return await ListsVersions.ReadAsync(db);
    }

    private static async Task<int> BasicCountAsync(HttpClient client, string township) =>
        (await client.GetFromJsonAsync<List<ApiTownship>>(new Uri("/api/townships", UriKind.Relative)))!.Single(t => t.Name == township).Counts.Basic;

    private sealed record ApiTownship(int Id, string Name, ApiCounts Counts);

    private sealed record ApiCounts(int Basic, int Cooperative, int Reclaimed);
}
