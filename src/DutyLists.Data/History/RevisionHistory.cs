using DutyLists.Data.Auditing;
using DutyLists.Data.Importing;
using DutyLists.Data.Model;
using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.History;

/// <summary>Every revision of a township, and rolling back by making an older one current (itself recorded).</summary>
public sealed class RevisionHistory(IDbContextFactory<DutyListsDbContext> contextFactory, AuditLog audit, IListChangeSink? changes = null)
{
    public async Task<IReadOnlyList<RevisionSummary>> ListAsync(int townshipId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var currentId = await db.Townships.Where(t => t.Id == townshipId).Select(t => t.CurrentRevisionId).SingleOrDefaultAsync(ct);
        var revisions = await db.Revisions.AsNoTracking().Where(r => r.TownshipId == townshipId)
            .OrderByDescending(r => r.Number)
            .Select(r => new
            {
                r.Id,
                r.Number,
                r.FileName,
                r.Sha256,
                r.ImportedAtUtc,
                r.ImportedBy,
                r.Origin,
                r.BasedOnRevisionId,
                r.Note,
                r.DocumentDate,
                Basic = r.Duties.Count(d => d.Kind == DutyKind.Basic),
                Cooperative = r.Duties.Count(d => d.Kind == DutyKind.Cooperative),
                Reclaimed = r.Duties.Count(d => d.Kind == DutyKind.Reclaimed),
                Flagged = r.Duties.Count(d => d.ReviewReason != null),
                Warnings = r.Warnings.Count,
            })
            .ToListAsync(ct);
        return
        [
            .. revisions.Select(r => new RevisionSummary(
                r.Id, r.Number, r.FileName, r.Sha256, r.ImportedAtUtc, r.ImportedBy, r.Origin, r.BasedOnRevisionId, r.Note,
                r.DocumentDate, new Queries.DutyCounts(r.Basic, r.Cooperative, r.Reclaimed), r.Flagged, r.Warnings, r.Id == currentId)),
        ];
    }

    /// <summary>
    /// Makes <paramref name="revisionId"/> the township's current revision. <paramref name="expectedCurrentId"/> is the
    /// revision the admin saw as current; if another change came first, nothing is changed and a conflict is raised.
    /// </summary>
    public async Task MakeCurrentAsync(int townshipId, int revisionId, int? expectedCurrentId, string user, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var township = await db.Townships.SingleOrDefaultAsync(t => t.Id == townshipId, ct)
            ?? throw new KeyNotFoundException($"乡镇 {townshipId} 不存在。");
        var target = await db.Revisions.AsNoTracking().Where(r => r.Id == revisionId && r.TownshipId == townshipId)
            .Select(r => new { r.Id, r.Number }).SingleOrDefaultAsync(ct)
            ?? throw new KeyNotFoundException($"{township.Name}没有编号为 {revisionId} 的版本。");
        if (township.CurrentRevisionId != expectedCurrentId)
        {
            throw new RevisionConflictException($"{township.Name}的当前版本已被他人更改，未执行回滚。请刷新版本历史后重试。");
        }

        if (township.CurrentRevisionId == target.Id)
        {
            return;
        }

        var previous = await db.Revisions.Where(r => r.Id == township.CurrentRevisionId).Select(r => (int?)r.Number).SingleOrDefaultAsync(ct);
        township.CurrentRevisionId = target.Id;
        audit.Add(db, user, AuditAction.Rollback, $"将{township.Name}的当前版本从第 {previous} 版改为第 {target.Number} 版", township.Id, target.Id);
        await RevisionStore.SaveGuardedAsync(db, township.Name, ct);
        await ListsVersions.AdvanceAsync(db, ct);
        await transaction.CommitAsync(ct);
        if (changes is not null)
        {
            await changes.ListsChangedAsync(ct);
        }
    }
}

/// <summary>One revision in a township's history.</summary>
public sealed record RevisionSummary(
    int Id,
    int Number,
    string FileName,
    string Sha256,
    DateTime ImportedAtUtc,
    string? ImportedBy,
    RevisionOrigin Origin,
    int? BasedOnRevisionId,
    string? Note,
    string? DocumentDate,
    Queries.DutyCounts Counts,
    int FlaggedCount,
    int WarningCount,
    bool IsCurrent);
