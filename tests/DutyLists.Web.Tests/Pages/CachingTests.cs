using System.Net.Http.Json;
using DutyLists.Web.Accounts;
using DutyLists.Web.Commands;
using DutyLists.Web.Tests.Admin;
using DutyLists.Web.Tests.Infrastructure;

namespace DutyLists.Web.Tests.Pages;

/// <summary>Output caching: anonymous reads are served from the cache until the lists change; nothing personal is cached.</summary>
public sealed class CachingTests : FreshAppTests
{
    [Theory]
    [InlineData("/townships/5?kind=basic")]
    [InlineData("/search?q=消防")]
    [InlineData("/api/townships")]
    public async Task ARepeatedAnonymousReadComesFromTheCache(string url)
    {
        var client = App.CreateClient();

        var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        var second = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EveryQueryIsItsOwnEntry()
    {
        var client = App.CreateClient();
        await client.GetAsync(new Uri("/townships/5?kind=basic", UriKind.Relative));

        var other = await client.GetPage("/townships/5?kind=cooperative");

        Assert.Equal(102, other.ResultCount());
    }

    [Fact]
    public async Task AnImportEvictsTheCachedPages()
    {
        var reader = App.CreateClient();
        var before = await reader.GetFromJsonAsync<List<TownshipRow>>("/api/townships");
        Assert.Equal(108, before!.Single(t => t.Name == "三台镇").Counts.Basic);
        var cached = await reader.GetAsync(new Uri("/api/townships", UriKind.Relative));
        Assert.NotNull(cached.Headers.Age);

        var file = Path.Combine(App.TempFolder, "三台镇-修订.txt");
        await File.WriteAllTextAsync(file, Uploads.Seed004WithoutBasicItem5());
        Assert.Equal(0, await ImportCommand.RunAsync(App.Services, [file], TextWriter.Null, TextWriter.Null));

        var after = await reader.GetAsync(new Uri("/api/townships", UriKind.Relative));
        Assert.Null(after.Headers.Age);
        Assert.Equal(107, (await after.Content.ReadFromJsonAsync<List<TownshipRow>>())!.Single(t => t.Name == "三台镇").Counts.Basic);
    }

    [Fact]
    public async Task SignedInUsersAndTheLoginFormAreNeverCached()
    {
        var admin = await App.SignedInClientAsync(Roles.Admin);
        await admin.GetAsync(new Uri("/townships/5", UriKind.Relative));
        var again = await admin.GetAsync(new Uri("/townships/5", UriKind.Relative));
        Assert.Null(again.Headers.Age);
        Assert.Contains("退出", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Anonymous readers never see the signed-in page from the cache.
        var anonymous = await App.CreateClient().GetStringAsync(new Uri("/townships/5", UriKind.Relative));
        Assert.DoesNotContain("退出", anonymous, StringComparison.Ordinal);

        var one = App.CreateBrowserLikeClient();
        var two = App.CreateBrowserLikeClient();
        Assert.NotEqual(await SignIn.TokenAsync(one, "/account/login"), await SignIn.TokenAsync(two, "/account/login"));
        Assert.Null((await two.GetAsync(new Uri("/account/login", UriKind.Relative))).Headers.Age);
    }

    private sealed record TownshipRow(int Id, string Name, CountsRow Counts);

    private sealed record CountsRow(int Basic, int Cooperative, int Reclaimed);
}
