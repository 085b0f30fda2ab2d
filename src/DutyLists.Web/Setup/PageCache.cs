using System.Globalization;
using DutyLists.Data;
using Microsoft.AspNetCore.OutputCaching;

namespace DutyLists.Web.Setup;

/// <summary>
/// Output caching of the read pages and the JSON API for anonymous readers. The default policy already leaves out
/// signed-in users, non-GET requests, non-200 answers and answers that set a cookie; every query string is part of
/// the key, and so is the version of the lists (<see cref="ListsVersionMonitor"/>): a page stored before a change is
/// never served after it, whichever process made the change, once this one has read the new version (within half a
/// second). Entries of an older version are evicted as soon as the new one is seen.
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
            o.AddPolicy(Policy, b => b.Expire(Expiry).Tag(Tag).AddPolicy<ListsVersionPolicy>());
        });
        services.AddSingleton<ListsVersionMonitor>();
        services.AddSingleton<IListChangeSink, Eviction>();
        services.AddHostedService<EvictionOnChange>();
        return services;
    }

    /// <summary>A change made in this process: the next request reads the new version, and the pages go at once.</summary>
    private sealed class Eviction(IOutputCacheStore store, ListsVersionMonitor versions) : IListChangeSink
    {
        public ValueTask ListsChangedAsync(CancellationToken ct = default)
        {
            versions.Expire();
            return store.EvictByTagAsync(Tag, ct);
        }
    }

    /// <summary>Keys each cacheable request by the version of the lists, checked before the cache is looked in.</summary>
    private sealed class ListsVersionPolicy(ListsVersionMonitor versions) : IOutputCachePolicy
    {
        public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (!context.EnableOutputCaching || !context.AllowCacheLookup)
            {
                return;
            }

            try
            {
                var version = await versions.CurrentAsync();
                context.CacheVaryByRules.VaryByValues["lists"] = version.ToString(CultureInfo.InvariantCulture);
            }
            catch (System.Data.Common.DbException)
            {
                // Without the version no cached page can be told current: this request is answered, or refused, afresh.
                context.AllowCacheLookup = false;
                context.AllowCacheStorage = false;
            }
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }

    /// <summary>
    /// Frees the memory of a version's pages once a newer version is seen: they can no longer be served, since the
    /// version is part of every key.
    /// </summary>
    private sealed class EvictionOnChange(ListsVersionMonitor versions, IOutputCacheStore store, ILogger<EvictionOnChange> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            versions.Changed += Evict;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            versions.Changed -= Evict;
            return Task.CompletedTask;
        }

        private void Evict(long version)
        {
            logger.LogDebug("The lists are at version {Version}: cached pages of earlier versions evicted.", version);
            _ = store.EvictByTagAsync(Tag, CancellationToken.None).AsTask();
        }
    }
}
