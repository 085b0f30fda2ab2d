using DutyLists.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data;

/// <summary>Reads and advances the version of the lists (<see cref="ListsVersion"/>).</summary>
public static class ListsVersions
{
    /// <summary>
    /// Advances the version in the caller's transaction, so that it moves exactly when the change commits: a reader that
    /// sees the new version also sees the change. Call it last before the commit: on PostgreSQL the row stays locked
    /// until then, and changes to the lists wait for one another there.
    /// </summary>
    /// <exception cref="InvalidOperationException">No transaction is open on <paramref name="db"/>.</exception>
    public static async Task AdvanceAsync(DutyListsDbContext db, CancellationToken ct = default)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The version of the lists is advanced in the transaction of the change it stands for.");
        }

        // One atomic increment: two changes committing together each move it, where a read and a write could both write n + 1.
        await db.ListsVersion.Where(v => v.Id == ListsVersion.RowId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Value, v => v.Value + 1), ct);
    }

    /// <summary>The version as of now: one primary-key look-up.</summary>
    public static async Task<long> ReadAsync(DutyListsDbContext db, CancellationToken ct = default) =>
        await db.ListsVersion.AsNoTracking().Where(v => v.Id == ListsVersion.RowId).Select(v => v.Value).SingleAsync(ct);
}
