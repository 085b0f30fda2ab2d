using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data;

/// <summary>
/// The version of the lists as this process last read it, read again at most every <see cref="Interval"/>: what a
/// cached page is checked against on every request, where a query each time would cost more than the cache saves.
/// A change made by another process or instance is seen within the interval; one made in this process at once, as
/// its writer calls <see cref="Expire"/>.
/// </summary>
public sealed class ListsVersionMonitor(IDbContextFactory<DutyListsDbContext> contextFactory, TimeProvider clock)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly Lock _gate = new();
    private long _version = -1;
    private long _readAt;
    private int _expired;
    private Task<long>? _reading;

    /// <summary>Told when a read finds the version moved since the read before it.</summary>
    public event Action<long>? Changed;

    /// <summary>The version, read from the database if the last read is older than the interval or was expired.</summary>
    public ValueTask<long> CurrentAsync()
    {
        var version = Interlocked.Read(ref _version);
        return version >= 0 && Volatile.Read(ref _expired) == 0 && clock.GetElapsedTime(Interlocked.Read(ref _readAt)) < Interval
            ? ValueTask.FromResult(version)
            : new ValueTask<long>(RefreshAsync());
    }

    /// <summary>Makes the next <see cref="CurrentAsync"/> read the database: this process has just changed the lists.</summary>
    public void Expire() => Volatile.Write(ref _expired, 1);

    /// <summary>One read at a time, whatever the number of requests that find the last one too old.</summary>
    private Task<long> RefreshAsync()
    {
        lock (_gate)
        {
            if (_reading is null || _reading.IsCompleted)
            {
                _reading = ReadAsync();
            }

            return _reading;
        }
    }

    private async Task<long> ReadAsync()
    {
        // Cleared before the read: an expiry that comes while it runs makes the next caller read again.
        Volatile.Write(ref _expired, 0);
        await using var db = await contextFactory.CreateDbContextAsync();
        var version = await ListsVersions.ReadAsync(db);
        Interlocked.Exchange(ref _readAt, clock.GetTimestamp());
        var previous = Interlocked.Exchange(ref _version, version);
        if (previous >= 0 && previous != version)
        {
            Changed?.Invoke(version);
        }

        return version;
    }
}
