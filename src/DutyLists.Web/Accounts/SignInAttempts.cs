using System.Collections.Concurrent;

namespace DutyLists.Web.Accounts;

/// <summary>
/// Failed sign-ins counted per account name and client address (decision 0011): five failures within 15 minutes
/// from one address stop that address from signing in to that name for 15 minutes, while the owner signs in from
/// anywhere else. Unknown names are counted the same way, so the counter does not tell them apart. Kept in memory:
/// each instance counts its own attempts.
/// </summary>
public sealed class SignInAttempts(TimeProvider clock)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>
    /// A bound on memory under a flood of made-up names: the per-address rate limit keeps one client far below it. When
    /// full of live entries, new pairs are not counted until old ones expire (the rate limit still applies).
    /// </summary>
    internal const int Capacity = 50_000;

    private readonly ConcurrentDictionary<(string Name, string Address), Entry> _entries = new();

    public bool IsBlocked(string normalizedName, string address) =>
        _entries.TryGetValue((normalizedName, address), out var entry) && entry.Blocked(clock.GetUtcNow());

    /// <summary>Counts a failure; true when the pair is now blocked.</summary>
    public bool RecordFailure(string normalizedName, string address)
    {
        var now = clock.GetUtcNow();
        if (!_entries.TryGetValue((normalizedName, address), out var entry))
        {
            if (_entries.Count >= Capacity)
            {
                Prune(now);
                if (_entries.Count >= Capacity)
                {
                    return false;
                }
            }

            entry = _entries.GetOrAdd((normalizedName, address), _ => new Entry(now));
        }

        return entry.Fail(now);
    }

    public void Reset(string normalizedName, string address) => _entries.TryRemove((normalizedName, address), out _);

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (entry.Expired(now))
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private sealed class Entry(DateTimeOffset first)
    {
        private readonly Lock _lock = new();
        private DateTimeOffset _first = first;
        private int _failures;
        private DateTimeOffset? _blockedUntil;

        public bool Blocked(DateTimeOffset now)
        {
            lock (_lock)
            {
                return _blockedUntil > now;
            }
        }

        public bool Fail(DateTimeOffset now)
        {
            lock (_lock)
            {
                if (_blockedUntil > now)
                {
                    return true;
                }

                if (now - _first > Window || _blockedUntil is not null)
                {
                    (_first, _failures, _blockedUntil) = (now, 0, null);
                }

                _failures++;
                if (_failures >= MaxFailures)
                {
                    _blockedUntil = now + Window;
                }

                return _blockedUntil is not null;
            }
        }

        public bool Expired(DateTimeOffset now)
        {
            lock (_lock)
            {
                return (_blockedUntil ?? (_first + Window)) <= now;
            }
        }
    }
}
