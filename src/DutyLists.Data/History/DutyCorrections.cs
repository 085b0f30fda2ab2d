using DutyLists.Data.Auditing;
using DutyLists.Data.Importing;
using DutyLists.Data.Model;
using DutyLists.Data.Queries;
using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.History;

/// <summary>
/// An editor's correction of one duty. The current revision is never changed: the correction makes a new revision,
/// a copy of the current one with that duty replaced, which becomes current and records what was changed and why.
/// </summary>
public sealed class DutyCorrections(IDbContextFactory<DutyListsDbContext> contextFactory, TimeProvider clock, AuditLog audit, IListChangeSink? changes = null)
{
    /// <summary>The duty as the form shows it, with the revision it belongs to.</summary>
    public async Task<CorrectableDuty?> FindAsync(int dutyId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var header = await db.Duties.AsNoTracking().Where(d => d.Id == dutyId)
            .Select(d => new { d.RevisionId, d.Revision!.TownshipId, Township = d.Revision.Township!.Name, d.Revision.Township.CurrentRevisionId, RevisionNumber = d.Revision.Number })
            .SingleOrDefaultAsync(ct);
        if (header is null)
        {
            return null;
        }

        var duty = (await DutyQueries.LoadWithContentAsync(db, db.Duties.Where(d => d.Id == dutyId), ct)).Single();
        return new CorrectableDuty(dutyId, header.TownshipId, header.Township, header.RevisionId, header.RevisionNumber,
            header.RevisionId == header.CurrentRevisionId, StoredDuties.ToParsed(duty));
    }

    /// <summary>Stores the correction as a new current revision; returns the corrected duty's id in it.</summary>
    public async Task<CorrectionOutcome> CorrectAsync(int dutyId, DutyCorrection correction, string user, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(correction.Name) || string.IsNullOrWhiteSpace(correction.Category))
        {
            throw new ArgumentException("事项名称和事项类别不能为空。", nameof(correction));
        }

        if (string.IsNullOrWhiteSpace(correction.Note))
        {
            throw new ArgumentException("请写明更正的理由。", nameof(correction));
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var target = await db.Duties.AsNoTracking().Where(d => d.Id == dutyId).Select(d => new { d.RevisionId, d.Kind, d.Number })
            .SingleOrDefaultAsync(ct) ?? throw new KeyNotFoundException($"事项 {dutyId} 不存在。");
        var based = await db.Revisions.AsNoTracking().Include(r => r.Warnings).SingleAsync(r => r.Id == target.RevisionId, ct);
        var township = await db.Townships.SingleAsync(t => t.Id == based.TownshipId, ct);
        if (township.CurrentRevisionId != based.Id)
        {
            throw new RevisionConflictException($"该事项属于{township.Name}的第 {based.Number} 版，已不是当前版本（可能已有新的导入或更正）。请打开当前版本中的这一项再更正。");
        }

        var duties = await StoredDuties.LoadAsParsedAsync(db, based.Id, ct);
        var index = duties.FindIndex(d => d.Kind == target.Kind && d.Number == target.Number);
        var before = duties[index];
        var after = Apply(before, correction);
        duties[index] = after;

        var revision = new ListRevision
        {
            TownshipId = township.Id,
            Number = await RevisionStore.NextAsync(db, township, ct),
            FileName = based.FileName,
            Sha256 = based.Sha256,
            ImportedAtUtc = clock.GetUtcNow().UtcDateTime,
            ImportedBy = user,
            Origin = RevisionOrigin.Correction,
            BasedOnRevisionId = based.Id,
            Note = correction.Note.Trim(),
            DocumentDate = based.DocumentDate,
            Layout = based.Layout,
            Introduction = based.Introduction,
            Lists = [.. based.Lists],
            Warnings = [.. based.Warnings.OrderBy(w => w.Order).Select(w => new RevisionWarning { Order = w.Order, File = w.File, Line = w.Line, Message = w.Message })],
        };
        var stored = await RevisionStore.AddAsync(db, revision, duties, township.County, township.Name, ct);

        township.CurrentRevisionId = revision.Id;
        var changed = ChangedFields(before, after);
        audit.Add(db, user, AuditAction.Correction,
            $"更正{township.Name}{KindTitle(after.Kind)}第 {after.Number} 项（{(changed.Count == 0 ? "仅标记为已复核" : string.Join("、", changed))}），由第 {based.Number} 版形成第 {revision.Number} 版：{revision.Note}",
            township.Id, revision.Id);
        await RevisionStore.SaveGuardedAsync(db, township.Name, ct);
        await ListsVersions.AdvanceAsync(db, ct);
        await transaction.CommitAsync(ct);
        if (changes is not null)
        {
            await changes.ListsChangedAsync(ct);
        }

        var newDutyId = stored.Single(d => d.Kind == after.Kind && d.Number == after.Number).Id;
        return new CorrectionOutcome(revision.Id, revision.Number, newDutyId, changed);
    }

    private static ParsedDuty Apply(ParsedDuty before, DutyCorrection c)
    {
        // A correction is a person's reading of the item: it is no longer uncertain, and its raw lines stay for reference.
        var after = before with { Category = c.Category.Trim(), Name = c.Name.Trim(), Confidence = 1.0, ReviewReason = null };
        return before.Kind switch
        {
            DutyKind.Cooperative => after with
            {
                Departments = c.Departments,
                OtherDepartments = string.IsNullOrWhiteSpace(c.OtherDepartments) ? null : c.OtherDepartments.Trim(),
                DepartmentResponsibilities = CorrectionText.ReadItems(c.DepartmentResponsibilities, before.DepartmentResponsibilities),
                TownshipResponsibilities = CorrectionText.ReadItems(c.TownshipResponsibilities, before.TownshipResponsibilities),
                Support = CorrectionText.ReadItems(c.Support, before.Support),
            },
            DutyKind.Reclaimed => after with
            {
                Discontinued = c.Discontinued,
                Takeovers = c.Discontinued ? [] : CorrectionText.ReadTakeovers(c.Takeovers),
                TakeoverText = c.Discontinued ? (before.Discontinued ? before.TakeoverText : "不再开展此项工作") : TakeoverTextFor(before, c),
            },
            _ => after,
        };
    }

    // The cell as written stays when the takeovers are unchanged; otherwise the corrected lines are the text.
    private static string? TakeoverTextFor(ParsedDuty before, DutyCorrection c) =>
        CorrectionText.Write(before.Takeovers) == CorrectionText.Write(CorrectionText.ReadTakeovers(c.Takeovers)) && !before.Discontinued
            ? before.TakeoverText
            : CorrectionText.Write(CorrectionText.ReadTakeovers(c.Takeovers));

    private static List<string> ChangedFields(ParsedDuty a, ParsedDuty b)
    {
        var changed = new List<string>();
        Check(a.Category == b.Category, "事项类别");
        Check(a.Name == b.Name, "事项名称");
        Check(a.Departments.SequenceEqual(b.Departments) && a.OtherDepartments == b.OtherDepartments, "对应上级部门");
        Check(a.DepartmentResponsibilities.SequenceEqual(b.DepartmentResponsibilities), "上级部门职责");
        Check(a.TownshipResponsibilities.SequenceEqual(b.TownshipResponsibilities), "乡镇配合职责");
        Check(a.Support.SequenceEqual(b.Support), "履职保障");
        Check(a.Takeovers.SequenceEqual(b.Takeovers) && a.Discontinued == b.Discontinued, "承接部门及工作方式");
        return changed;

        void Check(bool same, string field)
        {
            if (!same)
            {
                changed.Add(field);
            }
        }
    }

    private static string KindTitle(DutyKind kind) => kind switch
    {
        DutyKind.Basic => "基本履职事项",
        DutyKind.Cooperative => "配合履职事项",
        _ => "上级部门收回事项",
    };
}

/// <summary>A duty opened for correction.</summary>
public sealed record CorrectableDuty(int DutyId, int TownshipId, string Township, int RevisionId, int RevisionNumber, bool IsCurrent, ParsedDuty Duty);

/// <summary>The revision a correction made and the corrected duty's id in it.</summary>
public sealed record CorrectionOutcome(int RevisionId, int RevisionNumber, int DutyId, IReadOnlyList<string> ChangedFields);
