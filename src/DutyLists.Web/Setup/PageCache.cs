using DutyLists.Data;
using Microsoft.AspNetCore.OutputCaching;

namespace DutyLists.Web.Setup;

/// <summary>
/// Output caching of the read pages and the JSON API for anonymous readers. The default policy already leaves out
/// signed-in users, non-GET requests, non-200 answers and answers that set a cookie; every query string is part of
/// the key. Whatever changes the lists evicts every entry at once; the expiry bounds how long another instance, or a
/// command-line import in another process, can leave a page stale.
/// </summary>
public static class PageCache
{
    public const string Policy = "duty-lists";
    public const string Tag = "duty-lists";

    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(60);

    public static IServiceCollection AddPageCache(this IServiceCollection services)
    {
        services.AddOutputCache(o =>
        {
            // The default 100 MB would be a third of the app's memory target on its own: every filter combination and
            // page is an entry. 16 MB holds about five hundred typical pages, the views people repeat; the least recently
            // used go first. At 32 MB a crawl of distinct URLs took the app past its 300 MB target (docs/performance.md).
            o.SizeLimit = 16 * 1024 * 1024;
            o.MaximumBodySize = 1024 * 1024;
            o.AddPolicy(Policy, b => b.Expire(Expiry).Tag(Tag));
        });
        services.AddSingleton<IListChangeSink, Eviction>();
        return services;
    }

    private sealed class Eviction(IOutputCacheStore store) : IListChangeSink
    {
        public ValueTask ListsChangedAsync(CancellationToken ct = default) => store.EvictByTagAsync(Tag, ct);
    }
}
