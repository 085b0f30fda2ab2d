using DutyLists.Data.Model;
using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Queries;

/// <summary>Townships and the counts of their current lists.</summary>
public sealed class TownshipQueries(IDbContextFactory<DutyListsDbContext> contextFactory)
{
    public async Task<IReadOnlyList<TownshipSummary>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var townships = await Rows(db.Townships
            .OrderBy(t => t.Region).ThenBy(t => t.Prefecture).ThenBy(t => t.County).ThenBy(t => t.Name))
            .ToListAsync(ct);
        var counts = await CountsAsync(db, null, ct);
        return [.. townships.Select(t => t.ToSummary(counts))];
    }

    public async Task<TownshipSummary?> FindAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var township = await Rows(db.Townships.Where(t => t.Id == id)).SingleOrDefaultAsync(ct);
        return township?.ToSummary(await CountsAsync(db, township.CurrentRevisionId ?? 0, ct));
    }

    /// <summary>A township's revision by its number, or null.</summary>
    public async Task<RevisionRef?> RevisionAsync(int townshipId, int number, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var row = await db.Revisions.AsNoTracking().Where(r => r.TownshipId == townshipId && r.Number == number)
            .Select(r => new { r.Id, r.Number, IsCurrent = r.Township!.CurrentRevisionId == r.Id, r.ImportedAtUtc, r.FileName, r.DocumentDate, r.Lists })
            .SingleOrDefaultAsync(ct);
        return row is null ? null : new RevisionRef(row.Id, row.Number, row.IsCurrent, row.ImportedAtUtc, row.FileName, row.DocumentDate, row.Lists);
    }

    /// <summary>
    /// What a revision's document says around its lists: its introduction (说明) and the warnings the importer stored,
    /// in document order; read in one go for the township page, which already knows the revision.
    /// </summary>
    public async Task<RevisionNotes> NotesAsync(int revisionId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var introduction = await db.Revisions.Where(r => r.Id == revisionId).Select(r => r.Introduction).SingleOrDefaultAsync(ct);
        var warnings = await db.RevisionWarnings.AsNoTracking().Where(w => w.RevisionId == revisionId)
            .OrderBy(w => w.Order).Select(w => w.File + " 第 " + w.Line + " 行：" + w.Message).ToListAsync(ct);
        return new RevisionNotes(introduction, warnings);
    }

    /// <summary>Projects townships to rows; filter and order before, since a record constructor cannot be translated after.</summary>
    private static IQueryable<TownshipRow> Rows(IQueryable<Township> townships) =>
        townships.AsNoTracking().Select(t => new TownshipRow(
            t.Id, t.Name, t.Level, t.County, t.Prefecture, t.Region, t.CurrentRevisionId, t.CurrentRevision!.DocumentDate, t.CurrentRevision.Lists));

    private sealed record TownshipRow(int Id, string Name, string? Level, string? County, string? Prefecture, string? Region, int? CurrentRevisionId, string? DocumentDate, List<DutyKind>? Lists)
    {
        public TownshipSummary ToSummary(Dictionary<int, DutyCounts> counts) =>
            new(Id, Name, Level, County, Prefecture, Region, DocumentDate, CurrentRevisionId,
                CurrentRevisionId is int r && counts.TryGetValue(r, out var c) ? c : new DutyCounts(0, 0, 0),
                Lists ?? []);
    }

    /// <summary>Duty counts per current revision (or for one revision).</summary>
    private static async Task<Dictionary<int, DutyCounts>> CountsAsync(DutyListsDbContext db, int? revisionId, CancellationToken ct)
    {
        var current = db.Townships.Where(t => t.CurrentRevisionId != null).Select(t => t.CurrentRevisionId!.Value);
        var duties = revisionId is int id ? db.Duties.Where(d => d.RevisionId == id) : db.Duties.Where(d => current.Contains(d.RevisionId));
        var rows = await duties.GroupBy(d => new { d.RevisionId, d.Kind })
            .Select(g => new { g.Key.RevisionId, g.Key.Kind, Count = g.Count() })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.RevisionId).ToDictionary(
            g => g.Key,
            g => new DutyCounts(
                g.Where(r => r.Kind == DutyKind.Basic).Sum(r => r.Count),
                g.Where(r => r.Kind == DutyKind.Cooperative).Sum(r => r.Count),
                g.Where(r => r.Kind == DutyKind.Reclaimed).Sum(r => r.Count)));
    }
}
