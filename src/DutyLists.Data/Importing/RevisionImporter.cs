using DutyLists.Data.Auditing;
using DutyLists.Data.History;
using DutyLists.Data.Model;
using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DutyLists.Data.Importing;

/// <summary>
/// Stores a parsed list as a new revision of its township, in one transaction, and makes it current.
/// Earlier revisions are never touched.
/// </summary>
public sealed class RevisionImporter(
    IDbContextFactory<DutyListsDbContext> contextFactory, TimeProvider clock, AuditLog audit, IListChangeSink? changes = null, ILogger<RevisionImporter>? logger = null)
{
    /// <summary>The user recorded for the first-run import of the seed documents.</summary>
    public const string SystemUser = "system";

    /// <summary>
    /// Stores <paramref name="list"/> as the township's new current revision. With <paramref name="expectedBase"/>, the
    /// import is refused with <see cref="RevisionConflictException"/> unless the township is still as the admin previewed it.
    /// With <see cref="ImportScope.ListsInDocument"/> (the default) a list the document does not carry is copied
    /// unchanged from the current revision into the new one; with <see cref="ImportScope.AllLists"/> it becomes empty.
    /// </summary>
    public Task<ImportOutcome> ImportAsync(ParsedList list, string? importedBy, ImportBase? expectedBase = null, CancellationToken ct = default) =>
        ImportAsync(list, importedBy, expectedBase, ImportScope.ListsInDocument, ct);

    /// <inheritdoc cref="ImportAsync(ParsedList, string?, ImportBase?, CancellationToken)"/>
    public async Task<ImportOutcome> ImportAsync(ParsedList list, string? importedBy, ImportBase? expectedBase, ImportScope scope, CancellationToken ct = default)
    {
        using var measured = DutyListsTelemetry.StartImport(list.FileName, list.Township.Name, list.Duties.Count, list.Warnings.Count);
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // The places the preview filled from the stored township of that name (a list read again after its preview
        // was evicted comes without them).
        list = await StoredPlaces.FillAsync(db, list, ct);
        var info = list.Township;
        var township = await db.Townships.Include(t => t.CurrentRevision)
            .SingleOrDefaultAsync(t => t.Name == info.Name && t.County == info.County, ct);
        if (expectedBase is not null && (township?.Id != expectedBase.TownshipId || township?.CurrentRevisionId != expectedBase.CurrentRevisionId))
        {
            throw new RevisionConflictException(
                $"{info.Name}的清单在预览之后已被更改（另一次导入、更正或回滚），本次导入未保存。请重新上传并查看新的差异。");
        }

        if (township?.CurrentRevision is { Origin: RevisionOrigin.Import } current && current.Sha256 == list.Sha256)
        {
            measured.Succeeded("unchanged");
            logger?.LogInformation("Import of {File} left {Township} unchanged: revision {Revision} is the same document", list.FileName, info.Name, current.Number);
            return new ImportOutcome(township.Id, current.Id, current.Number, Unchanged: true);
        }

        if (township is null)
        {
            township = new Township { Name = info.Name, County = info.County };
            db.Townships.Add(township);
        }

        // A document fills in what the township record lacks; it never silently rewrites what is known.
        township.Level ??= info.Level;
        township.Prefecture ??= info.Prefecture;
        township.Region ??= info.Region;

        // The preview settled and flagged these already; a list imported without one (first run, scripts) is treated the same way.
        (list, _) = await ReadingDoubts.SettleAsync(db, list, township.CurrentRevision?.Id, ct);
        (list, _) = await DepartmentCheck.FlagAsync(db, list, ct);

        // Lists the document does not carry are carried over from the current revision, through the same mapping as
        // the document's own duties, so that the new revision is whole on its own (old revisions are never shared).
        // Their lines were lines of another file: line 0 (none), so that this document's warnings attach to its own duties.
        var previous = township.CurrentRevision;
        var coverage = ListCoverage.Of(list.Lists, previous?.Lists ?? [], scope);
        var carried = coverage.Kept.Count == 0
            ? []
            : (await StoredDuties.LoadAsParsedAsync(db, previous!.Id, ct)).Where(d => coverage.Kept.Contains(d.Kind)).Select(d => d with { Line = 0 }).ToList();
        var duties = list.Duties.Concat(carried).OrderBy(d => d.Kind).ThenBy(d => d.Number).ToList();
        var revision = new ListRevision
        {
            Township = township,
            Number = await RevisionStore.NextAsync(db, township, ct),
            FileName = list.FileName,
            Sha256 = list.Sha256,
            ImportedAtUtc = clock.GetUtcNow().UtcDateTime,
            ImportedBy = importedBy,
            Origin = RevisionOrigin.Import,
            DocumentDate = list.DocumentDate,
            Layout = list.Layout,
            Introduction = list.Introduction,
            Lists = [.. list.Lists.Concat(coverage.Kept).Distinct().Order()],
            CarriedOverLists = [.. coverage.Kept],
            Note = coverage.Kept.Count == 0 ? null : $"本文件只含{ListCoverage.Names(coverage.Revised)}，{ListCoverage.Names(coverage.Kept)}沿用第 {previous!.Number} 版",
            Warnings = [.. list.Warnings.Select((w, i) => new RevisionWarning { Order = i, File = w.File, Line = w.Line, Message = w.Message })],
        };

        await RevisionStore.AddAsync(db, revision, duties, info.County, township.Name, ct);

        // The township points at its revision, so the pointer can be set only once the revision has its key.
        township.CurrentRevisionId = revision.Id;
        audit.Add(db, importedBy ?? SystemUser, AuditAction.Import,
            $"导入 {list.FileName} 为{township.Name}的第 {revision.Number} 版（{list.Duties.Count} 项事项，{list.Warnings.Count} 条警告）"
                + (revision.Note is null ? "" : $"；{revision.Note}")
                + (coverage.Emptied.Count == 0 ? "" : $"；按“替换全部清单”清空{ListCoverage.Names(coverage.Emptied)}"),
            township.Id, revision.Id);
        await RevisionStore.SaveGuardedAsync(db, township.Name, ct);
        await ListsVersions.AdvanceAsync(db, ct);
        await transaction.CommitAsync(ct);
        if (changes is not null)
        {
            await changes.ListsChangedAsync(ct);
        }

        measured.Succeeded();
        logger?.LogInformation(
            "Imported {File} as revision {Revision} of {Township} ({County}) by {User}: {Duties} duties, {Warnings} warnings",
            list.FileName, revision.Number, township.Name, township.County, importedBy ?? SystemUser, list.Duties.Count, list.Warnings.Count);
        return new ImportOutcome(township.Id, revision.Id, revision.Number, Unchanged: false);
    }
}
