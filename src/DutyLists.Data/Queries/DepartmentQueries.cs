using DutyLists.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Queries;

/// <summary>Departments with their aliases and their duties in current revisions.</summary>
public sealed class DepartmentQueries(IDbContextFactory<DutyListsDbContext> contextFactory)
{
    public async Task<IReadOnlyList<DepartmentSummary>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var current = db.Townships.Where(t => t.CurrentRevisionId != null).Select(t => t.CurrentRevisionId!.Value);
        var cooperative = await db.DutyDepartments
            .Where(x => db.Duties.Any(d => d.Id == x.DutyId && current.Contains(d.RevisionId)))
            .GroupBy(x => x.DepartmentId).Select(g => new { g.Key, Count = g.Select(x => x.DutyId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var reclaimed = await db.Takeovers
            .Where(x => x.DepartmentId != null && db.Duties.Any(d => d.Id == x.DutyId && current.Contains(d.RevisionId)))
            .GroupBy(x => x.DepartmentId!.Value).Select(g => new { g.Key, Count = g.Select(x => x.DutyId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var departments = await db.Departments.AsNoTracking().Include(d => d.Aliases)
            .OrderBy(d => d.County).ThenBy(d => d.Name).ToListAsync(ct);
        return [.. departments.Select(d => ToSummary(d, cooperative.GetValueOrDefault(d.Id), reclaimed.GetValueOrDefault(d.Id)))];
    }

    public async Task<DepartmentSummary?> FindAsync(int id, CancellationToken ct = default) =>
        (await ListAsync(ct)).FirstOrDefault(d => d.Id == id);

    /// <summary>Current duties a department leads (cooperative) or took over (reclaimed).</summary>
    public async Task<IReadOnlyList<DutyView>> DutiesAsync(int departmentId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var current = db.Townships.Where(t => t.CurrentRevisionId != null).Select(t => t.CurrentRevisionId!.Value);
        var query = DutyQueries.Filter(db, db.Duties.Where(d => current.Contains(d.RevisionId)), new DutyFilter { DepartmentIds = [departmentId] });
        return await DutyQueries.LoadViewsAsync(db, query, ct);
    }

    private static DepartmentSummary ToSummary(Department d, int cooperative, int reclaimed) =>
        new(d.Id, d.County, d.Name, [.. d.Aliases.Select(a => a.Name).Order(StringComparer.Ordinal)], cooperative, reclaimed);
}
