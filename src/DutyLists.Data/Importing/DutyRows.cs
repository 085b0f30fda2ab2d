using DutyLists.Data.Model;
using DutyLists.Data.Search;
using LinqToDB.Data;
using LinqToDB.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Importing;

/// <summary>
/// Writes a new revision's duties and everything inside them with bulk copy (multi-row inserts on SQLite, binary COPY
/// on PostgreSQL) on the context's connection and transaction. A list is about 2,000 rows; saved entity by entity
/// through the change tracker it cost most of an import (decision 0009).
/// </summary>
internal static class DutyRows
{
    // Provider-specific is binary COPY on PostgreSQL, where linq2db's default is multi-row INSERT; SQLite, which has no
    // bulk interface, falls back to multi-row INSERT.
    private static readonly BulkCopyOptions Rows = new() { BulkCopyType = BulkCopyType.ProviderSpecific };
    private static readonly BulkCopyOptions KeepIds = Rows with { KeepIdentity = true };

    /// <summary>
    /// Gives the duties their keys and stores them under <paramref name="revisionId"/>; the categories and departments
    /// they point at must already be saved. The duties are not tracked by <paramref name="db"/> afterwards.
    /// </summary>
    public static async Task InsertAsync(DutyListsDbContext db, int revisionId, IReadOnlyList<Duty> duties, CancellationToken ct)
    {
        if (duties.Count == 0)
        {
            return;
        }

        var ids = await ReserveIdsAsync(db, duties.Count, ct);
        for (var i = 0; i < duties.Count; i++)
        {
            var duty = duties[i];
            duty.Id = ids[i];
            duty.RevisionId = revisionId;
            duty.CategoryId = duty.Category!.Id;
            switch (duty)
            {
                case CooperativeDuty cooperative:
                    cooperative.Departments.ForEach(d => (d.DutyId, d.DepartmentId) = (duty.Id, d.Department!.Id));
                    cooperative.Responsibilities.ForEach(r => r.DutyId = duty.Id);
                    break;
                case ReclaimedDuty reclaimed:
                    reclaimed.Takeovers.ForEach(t => (t.DutyId, t.DepartmentId) = (duty.Id, t.Department?.Id));
                    break;
            }
        }

        var cooperativeDuties = duties.OfType<CooperativeDuty>().ToList();
        var reclaimedDuties = duties.OfType<ReclaimedDuty>().ToList();
        await using (var connection = db.CreateLinqToDBConnection())
        {
            await connection.BulkCopyAsync(KeepIds, duties.OfType<BasicDuty>(), ct);
            await connection.BulkCopyAsync(KeepIds, cooperativeDuties, ct);
            await connection.BulkCopyAsync(KeepIds, reclaimedDuties, ct);
            await connection.BulkCopyAsync(Rows, cooperativeDuties.SelectMany(d => d.Departments), ct);
            await connection.BulkCopyAsync(Rows, cooperativeDuties.SelectMany(d => d.Responsibilities), ct);
            await connection.BulkCopyAsync(Rows, reclaimedDuties.SelectMany(d => d.Takeovers), ct);
        }

        await TextSearch.AddKeysAsync(db, duties.Select(d => (d.Id, d.SearchText)), ct);
    }

    /// <summary>
    /// Keys for <paramref name="count"/> new duties. PostgreSQL hands them out from the column's sequence; SQLite has one
    /// writer at a time, and the revision saved before the duties already holds the write lock, so the next keys after
    /// the largest stored one are this transaction's.
    /// </summary>
    private static async Task<IReadOnlyList<int>> ReserveIdsAsync(DutyListsDbContext db, int count, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            return await db.Database.SqlQuery<int>(
                $"""SELECT nextval(pg_get_serial_sequence('"Duties"', 'Id'))::int AS "Value" FROM generate_series(1, {count})""").ToListAsync(ct);
        }

        var largest = await db.Duties.MaxAsync(d => (int?)d.Id, ct) ?? 0;
        return [.. Enumerable.Range(largest + 1, count)];
    }
}
