using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.History;

/// <summary>Duties of current revisions that the importer flagged as needing review, per township.</summary>
public sealed class FlaggedDuties(IDbContextFactory<DutyListsDbContext> contextFactory)
{
    public async Task<IReadOnlyList<ReviewItem>> ListAsync(int? townshipId = null, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var query = db.Duties.AsNoTracking()
            .Where(d => d.ReviewReason != null && d.Revision!.Township!.CurrentRevisionId == d.RevisionId);
        if (townshipId is { } id)
        {
            query = query.Where(d => d.Revision!.TownshipId == id);
        }

        var rows = await query
            .OrderBy(d => d.Revision!.Township!.Name).ThenBy(d => d.Kind).ThenBy(d => d.Number)
            .Select(d => new { d.Id, d.Revision!.TownshipId, Township = d.Revision.Township!.Name, d.Kind, d.Number, Category = d.Category!.Name, d.Name, d.ReviewReason, d.Confidence })
            .ToListAsync(ct);
        return [.. rows.Select(r => new ReviewItem(r.Id, r.TownshipId, r.Township, r.Kind, r.Number, r.Category, r.Name, r.ReviewReason!, r.Confidence))];
    }
}

/// <summary>A flagged duty waiting for an editor.</summary>
public sealed record ReviewItem(int DutyId, int TownshipId, string Township, DutyKind Kind, int Number, string Category, string Name, string Reason, double Confidence);
