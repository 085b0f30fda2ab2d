using DutyLists.Data.Exports;
using DutyLists.Data.History;
using DutyLists.Data.Importing;
using DutyLists.Data.Queries;
using DutyLists.Data.Revisions;
using DutyLists.Data.Tests.Infrastructure;
using DutyLists.Import;
using DutyLists.Import.Model;
using DutyLists.Import.Sheets;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Tests.Importing;

/// <summary>A document that carries only some of the three lists revises only those, unless the admin replaces the whole set.</summary>
public sealed class PartialDocumentTests
{
    [Fact]
    public async Task TheReclaimedTabReimportedOnItsOwnKeepsTheBasicAndCooperativeListsAndSaysSo()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var (importer, previewer) = (database.Importer(), database.Previewer());
        var first = await importer.ImportAsync(SeedDocuments.Read("000"), importedBy: null);
        var seed = SeedDocuments.Read("000");
        var basicAndCooperative = seed.Duties.Count(d => d.Kind != DutyKind.Reclaimed);
        Assert.Equal(210, basicAndCooperative);

        var tab = DutyListReader.CreateDefault().Read("收回.csv", await ExportCsvAsync(database, first.TownshipId, DutyKind.Reclaimed));
        Assert.Equal([DutyKind.Reclaimed], tab.Lists);

        var preview = await previewer.PreviewAsync(tab, newTownshipConfirmed: false);

        Assert.False(preview.Diff.HasChanges);
        Assert.All(preview.Diff.Lists, l => Assert.Empty(l.Removed));
        Assert.Equal(basicAndCooperative, preview.Diff[DutyKind.Basic].Unchanged + preview.Diff[DutyKind.Cooperative].Unchanged);
        Assert.Equal([DutyKind.Basic, DutyKind.Cooperative], preview.Coverage.Kept);
        var notice = Assert.Single(preview.Notices);
        Assert.StartsWith("本文件只含“上级部门收回事项清单”；基本履职事项和配合履职事项保持不变", notice, StringComparison.Ordinal);

        var second = await importer.ImportAsync(tab, "admin", preview.Base, preview.Scope);

        await using var db = await database.Contexts.CreateDbContextAsync();
        var revision = await db.Revisions.SingleAsync(r => r.Id == second.RevisionId);
        Assert.Equal([DutyKind.Basic, DutyKind.Cooperative, DutyKind.Reclaimed], revision.Lists);
        Assert.Equal([DutyKind.Basic, DutyKind.Cooperative], revision.CarriedOverLists);
        Assert.Contains("沿用第 1 版", revision.Note, StringComparison.Ordinal);
        var before = await StoredDuties.LoadAsParsedAsync(db, first.RevisionId, CancellationToken.None);
        var after = await StoredDuties.LoadAsParsedAsync(db, second.RevisionId, CancellationToken.None);
        Assert.Equal(before.Count, after.Count);
        Assert.Equal(before.Select(d => (d.Kind, d.Number, d.Category, d.Name)), after.Select(d => (d.Kind, d.Number, d.Category, d.Name)));
        // Carried-over duties were not read from this file: they name no line of it.
        Assert.All(after.Where(d => d.Kind != DutyKind.Reclaimed), d => Assert.Equal(0, d.Line));
        Assert.All(after.Where(d => d.Kind == DutyKind.Reclaimed), d => Assert.True(d.Line > 1));
        // The first revision is untouched: the carried-over duties are copies in the new revision.
        Assert.Equal(seed.Duties.Count, await db.Duties.CountAsync(d => d.RevisionId == first.RevisionId));
        var diff = await new RevisionComparison(new DutySnapshotLoader(database.Contexts)).CompareRevisionsAsync(first.RevisionId, second.RevisionId);
        Assert.False(diff.HasChanges);
    }

    [Fact]
    public async Task ReplacingAllListsIsAnExplicitChoiceThatEmptiesTheListsTheDocumentLacks()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var (importer, previewer) = (database.Importer(), database.Previewer());
        var first = await importer.ImportAsync(SeedDocuments.Read("000"), importedBy: null);
        var tab = DutyListReader.CreateDefault().Read("收回.csv", await ExportCsvAsync(database, first.TownshipId, DutyKind.Reclaimed));
        var seed = SeedDocuments.Read("000");

        var preview = await previewer.PreviewAsync(tab, newTownshipConfirmed: false, ImportScope.AllLists);

        Assert.Equal(seed.Duties.Count(d => d.Kind == DutyKind.Basic), preview.Diff[DutyKind.Basic].Removed.Count);
        Assert.Equal(seed.Duties.Count(d => d.Kind == DutyKind.Cooperative), preview.Diff[DutyKind.Cooperative].Removed.Count);
        Assert.Equal([DutyKind.Basic, DutyKind.Cooperative], preview.Coverage.Emptied);
        Assert.Contains("基本履职事项和配合履职事项将被清空", Assert.Single(preview.Notices), StringComparison.Ordinal);

        var second = await importer.ImportAsync(tab, "admin", preview.Base, preview.Scope);

        await using var db = await database.Contexts.CreateDbContextAsync();
        var revision = await db.Revisions.Include(r => r.Duties).SingleAsync(r => r.Id == second.RevisionId);
        Assert.Equal([DutyKind.Reclaimed], revision.Lists);
        Assert.Empty(revision.CarriedOverLists);
        Assert.All(revision.Duties, d => Assert.Equal(DutyKind.Reclaimed, d.Kind));
        Assert.Equal(seed.Duties.Count(d => d.Kind == DutyKind.Reclaimed), revision.Duties.Count);
    }

    [Fact]
    public async Task AWholeDocumentHasNoNoticeAndANewTownshipKeepsNothing()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var (importer, previewer) = (database.Importer(), database.Previewer());

        var whole = await previewer.PreviewAsync(SeedDocuments.Read("004"), newTownshipConfirmed: false);
        Assert.Empty(whole.Notices);
        Assert.Empty(whole.Coverage.Kept);

        var first = await importer.ImportAsync(SeedDocuments.Read("004"), importedBy: null);
        var again = await previewer.PreviewAsync(SeedDocuments.Read("004") with { Sha256 = "revised" }, newTownshipConfirmed: false);
        Assert.Empty(again.Notices);
        Assert.False(again.Diff.HasChanges);
        Assert.Equal(1, again.CurrentRevisionNumber);
        Assert.Equal(first.TownshipId, again.Base.TownshipId);
    }

    private static async Task<byte[]> ExportCsvAsync(TemporaryDatabase database, int townshipId, DutyKind kind)
    {
        using var output = new MemoryStream();
        await DutySheetCsvWriter.WriteAsync(new DutyExport(database.Contexts, new DutySearch(database.Contexts)).RowsAsync(new DutyFilter { TownshipIds = [townshipId], Kind = kind }), output);
        return output.ToArray();
    }
}
