using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Queries;

/// <summary>Counts for the statistics page, over the townships' current revisions.</summary>
public sealed class StatisticsQueries(IDbContextFactory<DutyListsDbContext> contextFactory)
{
    /// <summary>Duties per category and list, across every township or within one.</summary>
    public async Task<IReadOnlyList<CategoryKindCount>> CategoryCountsAsync(int? townshipId = null, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var current = db.Duties.Where(d => db.Townships.Any(t => t.CurrentRevisionId == d.RevisionId && (townshipId == null || t.Id == townshipId)));
        var rows = await current.GroupBy(d => new { Category = d.Category!.Name, d.Kind })
            .Select(g => new { g.Key.Category, g.Key.Kind, Count = g.Count() }).ToListAsync(ct);
        return [.. rows.Select(r => new CategoryKindCount(r.Category, r.Kind, r.Count))];
    }
}

public sealed record CategoryKindCount(string Category, DutyKind Kind, int Count);
