using DutyLists.Data.Model;
using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Importing;

/// <summary>
/// What every new revision goes through, imported or corrected: its number, its duties mapped with the township's
/// categories and departments, and the save that turns a lost race between two writers into a clear conflict.
/// </summary>
internal static class RevisionStore
{
    public static async Task<int> NextAsync(DutyListsDbContext db, Township township, CancellationToken ct) =>
        (township.Id == 0 ? 0 : await db.Revisions.Where(r => r.TownshipId == township.Id).MaxAsync(r => (int?)r.Number, ct) ?? 0) + 1;

    /// <summary>
    /// Saves <paramref name="revision"/> with <paramref name="duties"/> mapped for the township's county, and returns
    /// the stored duties with their keys. The revision, and any category or department the list names for the first
    /// time, go through the change tracker; the duties, nearly all of the rows, are bulk-copied after them.
    /// </summary>
    public static async Task<IReadOnlyList<Duty>> AddAsync(DutyListsDbContext db, ListRevision revision, IEnumerable<ParsedDuty> duties, string? county, string townshipName, CancellationToken ct)
    {
        var categories = await CategoryResolver.LoadAsync(db, ct);
        var departments = await DepartmentResolver.LoadAsync(db, county, ct);
        var entities = duties.Select(d => DutyMapper.ToEntity(d, categories, departments)).ToList();
        db.Revisions.Add(revision);
        await SaveGuardedAsync(db, townshipName, ct);
        try
        {
            await DutyRows.InsertAsync(db, revision.Id, entities, ct);
        }
        catch (Exception e) when (DatabaseErrors.IsDatabaseError(e))
        {
            // The categories and departments were read at the start of this transaction; another writer that merged one
            // away since is the only way the rows can break a key or a reference. Anything else (a full disk, a value
            // the column refuses) is said as what it is.
            throw Translate(townshipName, e);
        }

        return entities;
    }

    /// <summary>
    /// Saves; when another writer moved the township's current revision (the concurrency token), took the same
    /// revision number or created the same township first, the caller's transaction is abandoned with a conflict. Any
    /// other refusal of the database (full, or data it does not take) is a <see cref="ListNotSavedException"/>.
    /// </summary>
    public static async Task SaveGuardedAsync(DutyListsDbContext db, string townshipName, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (DatabaseErrors.IsDatabaseError(e))
        {
            throw Translate(townshipName, e);
        }
    }

    /// <summary>A lost race is a conflict to retry; any other refusal says what went wrong (<see cref="DatabaseErrors"/>).</summary>
    private static Exception Translate(string townshipName, Exception e) =>
        DatabaseErrors.IsConflict(e)
            ? new RevisionConflictException($"{townshipName}的清单正被另一位用户同时更改，本次操作未保存，数据库没有任何变化。请刷新后重试。（{e.GetType().Name}）")
            : DatabaseErrors.NotSaved(townshipName, e);
}
