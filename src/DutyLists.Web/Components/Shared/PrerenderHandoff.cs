using Microsoft.Extensions.Caching.Memory;

namespace DutyLists.Web.Components.Shared;

/// <summary>
/// Hands a page's prerendered data to the circuit that takes the page over, so that the circuit's first render shows
/// the same rows at once instead of an empty page while it queries again (the prerendered markup is replaced when the
/// circuit attaches). The page persists only the key (<c>[PersistentState]</c>); the data stays on the server.
/// Persisting the data itself was measured too big: the state of a township's cooperative list (every row, for the
/// printout) was 592 KB in the page and 20 search results 99 KB (JSON with escaped Chinese, protected, in base64),
/// and the browser sends it back in one message, over SignalR's 32 KB limit. The rows are the ones the app already
/// holds in memory (<see cref="DutyLists.Data.Queries.CurrentDuties"/>), so an entry costs little more than its list.
/// A miss (another instance prerendered the page, or the entry expired) only means the page queries again.
/// </summary>
public sealed class PrerenderHandoff : IDisposable
{
    /// <summary>Longer than a page stays in the output cache (60 s), so that a cached page's circuit finds its data too.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(90);

    /// <summary>Prerendered pages kept at once; beyond that a page's circuit queries again.</summary>
    public const int Capacity = 1000;

    private readonly MemoryCache _pages = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>Keeps what a page prerendered for <paramref name="address"/>; returns the key to persist.</summary>
    private string Keep<T>(string address, T data)
        where T : class
    {
        var key = Guid.NewGuid().ToString("N");
        _pages.Set(key, (address, data), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return key;
    }

    /// <summary>The data prerendered under <paramref name="key"/> for the same address, or null.</summary>
    private T? Find<T>(string? key, string address)
        where T : class =>
        key is not null && _pages.TryGetValue(key, out var entry) && entry is (string kept, T data) && kept == address ? data : null;

    /// <summary>
    /// A page's data for <paramref name="address"/>: what its prerender kept under <paramref name="key"/> when there is
    /// such an entry, else <paramref name="load"/>'s; with the key to persist when this render is the prerender.
    /// </summary>
    public async Task<(T Data, string? Key)> LoadAsync<T>(string? key, string address, bool interactive, Func<Task<T>> load)
        where T : class
    {
        if (Find<T>(key, address) is { } kept)
        {
            return (kept, null);
        }

        var data = await load();
        return (data, interactive ? null : Keep(address, data));
    }

    public void Dispose() => _pages.Dispose();
}
