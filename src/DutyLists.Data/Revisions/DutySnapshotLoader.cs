using DutyLists.Data.Importing;
using DutyLists.Data.Queries;
using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Revisions;

/// <summary>Reads duties as comparable snapshots: of a stored revision, or of a parsed document that is not stored.</summary>
public sealed class DutySnapshotLoader(IDbContextFactory<DutyListsDbContext> contextFactory)
{
    /// <summary>Every duty of a revision, by kind and number; empty for an unknown revision.</summary>
    public async Task<IReadOnlyList<DutySnapshot>> OfRevisionAsync(int revisionId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var duties = await DutyQueries.LoadWithContentAsync(db, db.Duties.Where(d => d.RevisionId == revisionId), ct);
        return [.. duties.Select(DutySnapshot.From).OrderBy(d => d.Kind).ThenBy(d => d.Number)];
    }

    /// <summary>
    /// The duties of a parsed document as the importer would store them: categories and departments resolved
    /// through the same resolvers, for the township's county. Nothing is written: names the database does not know
    /// become new entities only in a context that is never saved.
    /// </summary>
    public async Task<IReadOnlyList<DutySnapshot>> OfParsedListAsync(ParsedList list, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var categories = await CategoryResolver.LoadAsync(db, ct);
        var departments = await DepartmentResolver.LoadAsync(db, list.Township.County, ct);
        return [.. list.Duties.Select(d => DutySnapshot.From(DutyMapper.ToEntity(d, categories, departments)))];
    }

    /// <summary>The current revision of the township a document is about, as the importer finds it; null for a new township.</summary>
    public async Task<int?> CurrentRevisionIdAsync(TownshipInfo township, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.Townships.Where(t => t.Name == township.Name && t.County == township.County)
            .Select(t => t.CurrentRevisionId).SingleOrDefaultAsync(ct);
    }
}
