using DutyLists.Data.Auditing;
using DutyLists.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Aliases;

/// <summary>
/// Admins' upkeep of the department register: another name for a department, or two departments that turn out to be
/// one. A merge re-links the duties that named the merged department. The duties' text is untouched (the name as the
/// document wrote it is kept on every link); only which register entry the name means changes, so that the change
/// shows at once in every list, facet and count.
/// </summary>
public sealed class DepartmentAliases(IDbContextFactory<DutyListsDbContext> contextFactory, AuditLog audit, IListChangeSink? changes = null)
{
    public async Task AddAliasAsync(int departmentId, string alias, string user, CancellationToken ct = default)
    {
        alias = alias.Trim();
        if (alias.Length is 0 or > 200)
        {
            throw new ArgumentException("别名不能为空，且不超过 200 个字。", nameof(alias));
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var department = await db.Departments.Include(d => d.Aliases).SingleOrDefaultAsync(d => d.Id == departmentId, ct)
            ?? throw new KeyNotFoundException($"部门 {departmentId} 不存在。");
        var taken = await db.Departments.AnyAsync(d => d.County == department.County && d.Id != department.Id && d.Name == alias, ct)
            || await db.DepartmentAliases.AnyAsync(a => a.Name == alias && db.Departments.Any(d => d.Id == a.DepartmentId && d.County == department.County), ct)
            || department.Name == alias;
        if (taken)
        {
            throw new ArgumentException($"“{alias}”已是{department.County}某个部门的名称或别名。若两者是同一部门，请使用“合并”。", nameof(alias));
        }

        department.Aliases.Add(new DepartmentAlias { Name = alias });
        audit.Add(db, user, AuditAction.DepartmentAlias, $"为{department.County}{department.Name}添加别名“{alias}”");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await ListsVersions.AdvanceAsync(db, ct);
        await transaction.CommitAsync(ct);
        if (changes is not null)
        {
            await changes.ListsChangedAsync(ct);
        }
    }

    /// <summary>Merges <paramref name="fromId"/> into <paramref name="intoId"/>: its name and aliases become aliases, its duties move.</summary>
    public async Task MergeAsync(int fromId, int intoId, string user, CancellationToken ct = default)
    {
        if (fromId == intoId)
        {
            throw new ArgumentException("请选择两个不同的部门。", nameof(intoId));
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var from = await db.Departments.Include(d => d.Aliases).SingleOrDefaultAsync(d => d.Id == fromId, ct)
            ?? throw new KeyNotFoundException($"部门 {fromId} 不存在。");
        var into = await db.Departments.Include(d => d.Aliases).SingleOrDefaultAsync(d => d.Id == intoId, ct)
            ?? throw new KeyNotFoundException($"部门 {intoId} 不存在。");
        if (from.County != into.County)
        {
            throw new ArgumentException($"只能合并同一县（市、区）的部门：{from.Name}属于{from.County}，{into.Name}属于{into.County}。", nameof(intoId));
        }

        // Links keep the name the document used; only the register entry they point at changes.
        var name = from.Name;
        await db.DutyDepartments.Where(x => x.DepartmentId == fromId && x.NameAsWritten == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.NameAsWritten, name).SetProperty(x => x.DepartmentId, intoId), ct);
        await db.DutyDepartments.Where(x => x.DepartmentId == fromId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.DepartmentId, intoId), ct);
        await db.Takeovers.Where(x => x.DepartmentId == fromId && x.DepartmentAsWritten == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.DepartmentAsWritten, name).SetProperty(x => x.DepartmentId, intoId), ct);
        await db.Takeovers.Where(x => x.DepartmentId == fromId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.DepartmentId, intoId), ct);

        var names = into.Aliases.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var alias in from.Aliases.Select(a => a.Name).Prepend(from.Name).Where(n => n != into.Name && names.Add(n)))
        {
            into.Aliases.Add(new DepartmentAlias { Name = alias });
        }

        db.DepartmentAliases.RemoveRange(from.Aliases);
        db.Departments.Remove(from);
        audit.Add(db, user, AuditAction.DepartmentMerge, $"将{from.County}的“{from.Name}”合并到“{into.Name}”");
        await db.SaveChangesAsync(ct);
        await ListsVersions.AdvanceAsync(db, ct);
        await transaction.CommitAsync(ct);
        if (changes is not null)
        {
            await changes.ListsChangedAsync(ct);
        }
    }
}
