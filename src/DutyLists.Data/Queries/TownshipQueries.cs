using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Queries;

/// <summary>Townships and the counts of their current lists.</summary>
public sealed class TownshipQueries(IDbContextFactory<DutyListsDbContext> contextFactory)
{
    public async Task<IReadOnlyList<TownshipSummary>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var townships = await db.Townships.AsNoTracking()
            .OrderBy(t => t.Region).ThenBy(t => t.Prefecture).ThenBy(t => t.County).ThenBy(t => t.Name)
            .Select(t => new { t.Id, t.Name, t.Level, t.County, t.Prefecture, t.Region, t.CurrentRevisionId, DocumentDate = t.CurrentRevision!.DocumentDate })
            .ToListAsync(ct);
        var counts = await CountsAsync(db, null, ct);
        return [.. townships.Select(t => new TownshipSummary(
            t.Id, t.Name, t.Level, t.County, t.Prefecture, t.Region, t.DocumentDate, t.CurrentRevisionId,
            t.CurrentRevisionId is int r && counts.TryGetValue(r, out var c) ? c : new DutyCounts(0, 0, 0)))];
    }

    public async Task<TownshipSummary?> FindAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var t = await db.Townships.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new { t.Id, t.Name, t.Level, t.County, t.Prefecture, t.Region, t.CurrentRevisionId, DocumentDate = t.CurrentRevision!.DocumentDate })
            .SingleOrDefaultAsync(ct);
        if (t is null)
        {
            return null;
        }

        var counts = await CountsAsync(db, t.CurrentRevisionId, ct);
        return new TownshipSummary(t.Id, t.Name, t.Level, t.County, t.Prefecture, t.Region, t.DocumentDate, t.CurrentRevisionId,
            t.CurrentRevisionId is int r && counts.TryGetValue(r, out var c) ? c : new DutyCounts(0, 0, 0));
    }

    /// <summary>The introduction (说明) of the township's current revision, if its document has one.</summary>
    public async Task<string?> IntroductionAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.Townships.Where(t => t.Id == id).Select(t => t.CurrentRevision!.Introduction).SingleOrDefaultAsync(ct);
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
