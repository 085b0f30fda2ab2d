using DutyLists.Data.Model;
using DutyLists.Data.Revisions;
using DutyLists.Import;
using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Importing;

/// <summary>
/// The first half of an import: read the document, check that it can be stored, and diff it against the township's
/// current revision. Every refusal is a <see cref="DocumentRejectedException"/> naming file, line and reason.
/// </summary>
public sealed class ImportPreviewer(IDbContextFactory<DutyListsDbContext> contextFactory, DutyListReader reader, RevisionComparison comparison)
{
    public Task<ImportPreview> PreviewAsync(string fileName, byte[] content, DocumentMetadata? metadata, bool newTownshipConfirmed, CancellationToken ct = default) =>
        PreviewAsync(fileName, content, metadata, newTownshipConfirmed, ImportScope.ListsInDocument, ct);

    public async Task<ImportPreview> PreviewAsync(string fileName, byte[] content, DocumentMetadata? metadata, bool newTownshipConfirmed, ImportScope scope, CancellationToken ct = default)
    {
        var list = reader.Read(fileName, content, metadata, ct);
        return await PreviewAsync(list, newTownshipConfirmed, scope, ct);
    }

    public Task<ImportPreview> PreviewAsync(ParsedList list, bool newTownshipConfirmed, CancellationToken ct = default) =>
        PreviewAsync(list, newTownshipConfirmed, ImportScope.ListsInDocument, ct);

    /// <summary>
    /// Checks that <paramref name="list"/> can be stored and diffs it against the township's current revision as an
    /// import with <paramref name="scope"/> would store it.
    /// </summary>
    public async Task<ImportPreview> PreviewAsync(ParsedList list, bool newTownshipConfirmed, ImportScope scope, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var read = list;

        // A revision of a stored township may leave its county out, as that township's own documents did; a new
        // township of the same name must say which county it is in.
        if (!newTownshipConfirmed)
        {
            list = await StoredPlaces.FillAsync(db, list, ct);
        }

        var info = list.Township;
        if (string.IsNullOrWhiteSpace(info.County))
        {
            throw new DocumentRejectedException(list.FileName, 0,
                $"文件没有写明{info.Name}所属的县（市、区）：请在上传表单中填写，或在文件旁放置元数据文件。");
        }

        var township = await db.Townships.AsNoTracking().Where(t => t.Name == info.Name && t.County == info.County)
            .Select(t => new { t.Id, t.CurrentRevisionId, CurrentNumber = (int?)t.CurrentRevision!.Number, CurrentSha = t.CurrentRevision.Sha256, CurrentOrigin = (RevisionOrigin?)t.CurrentRevision.Origin, CurrentLists = t.CurrentRevision.Lists })
            .SingleOrDefaultAsync(ct);
        if (township is null && !newTownshipConfirmed)
        {
            var elsewhere = await db.Townships.AsNoTracking().Where(t => t.Name == info.Name).Select(t => t.County).ToListAsync(ct);
            if (elsewhere.Count > 0)
            {
                throw new DocumentRejectedException(list.FileName, 0,
                    $"乡镇“{info.Name}”已存在于{string.Join("、", elsewhere)}，而本文件属于{info.County}。若县名写错，请更正后重新上传；若确为{info.County}的同名乡镇，请勾选“新建同名乡镇”（命令行：--new-township）后再上传。");
            }
        }

        (list, var settledNotices) = await ReadingDoubts.SettleAsync(db, list, township?.CurrentRevisionId, ct);
        (list, var departmentNotices) = await DepartmentCheck.FlagAsync(db, list, ct);
        var diff = await comparison.PreviewImportAsync(list, scope, ct);
        var same = township?.CurrentSha == list.Sha256 && township.CurrentOrigin == RevisionOrigin.Import;
        var coverage = ListCoverage.Of(list.Lists, township?.CurrentLists ?? [], scope);
        return new ImportPreview(list, new ImportBase(township?.Id, township?.CurrentRevisionId), diff, township?.CurrentNumber, same)
        {
            Read = read,
            Scope = scope,
            Coverage = coverage,
            Notices = [.. coverage.Notices(township?.CurrentNumber), .. settledNotices, .. departmentNotices],
        };
    }
}
