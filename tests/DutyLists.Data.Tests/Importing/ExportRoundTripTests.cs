using DutyLists.Data.Auditing;
using DutyLists.Data.Exports;
using DutyLists.Data.History;
using DutyLists.Data.Importing;
using DutyLists.Data.Queries;
using DutyLists.Data.Revisions;
using DutyLists.Data.Tests.Infrastructure;
using DutyLists.Import;
using DutyLists.Import.Model;
using DutyLists.Import.Sheets;

namespace DutyLists.Data.Tests.Importing;

/// <summary>
/// A township's list exported as a duty sheet and imported back is the same list: the preview shows no change, and the
/// new revision stores the document's own words and review flags exactly as the exported one did.
/// </summary>
public sealed class ExportRoundTripTests
{
    public static TheoryData<string, string> SeedsAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in new[] { "000", "001", "002", "003", "004" })
        {
            data.Add(seed, "csv");
            data.Add(seed, "xlsx");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedsAndFormats))]
    public async Task EverySeedExportedAndImportedBackPreviewsAsNoChangeAndStoresTheSameWords(string seed, string format)
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var importer = new RevisionImporter(database.Contexts, TimeProvider.System, new AuditLog(database.Contexts, TimeProvider.System));
        var first = await importer.ImportAsync(SeedDocuments.Read(seed), importedBy: null);

        var sheet = await ExportAsync(database, first.TownshipId, format);
        var reread = DutyListReader.CreateDefault().Read($"export.{format}", sheet);

        var previewer = new ImportPreviewer(database.Contexts, DutyListReader.CreateDefault(), new RevisionComparison(new DutySnapshotLoader(database.Contexts)));
        var preview = await previewer.PreviewAsync(reread, newTownshipConfirmed: false);
        Assert.False(preview.IsNewTownship);
        Assert.False(preview.Diff.HasChanges, string.Join("; ", preview.Diff.Summarize().Lists.Select(l => $"{l.Kind}: +{l.Added.Count} -{l.Removed.Count} ~{string.Join(",", l.Changed.Select(c => c.NewNumber + ":" + string.Join("/", c.Fields)))}")));

        var second = await importer.ImportAsync(reread, importedBy: "admin", preview.Base);
        await using var db = await database.Contexts.CreateDbContextAsync();
        var before = await StoredDuties.LoadAsParsedAsync(db, first.RevisionId, CancellationToken.None);
        var after = await StoredDuties.LoadAsParsedAsync(db, second.RevisionId, CancellationToken.None);
        Assert.Equal(before.Count, after.Count);
        var differences = before.Zip(after).Where(p => Describe(p.First) != Describe(p.Second)).Select(p => $"{p.First.Kind} #{p.First.Number}:\n{Describe(p.First)}\n--\n{Describe(p.Second)}").ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} duties differ; first: {differences.FirstOrDefault()}");
    }

    private static async Task<byte[]> ExportAsync(TemporaryDatabase database, int townshipId, string format)
    {
        var export = new DutyExport(database.Contexts, new DutySearch(database.Contexts));
        var rows = export.RowsAsync(new DutyFilter { TownshipIds = [townshipId] });
        using var output = new MemoryStream();
        if (format == "csv")
        {
            await DutySheetCsvWriter.WriteAsync(rows, output);
        }
        else
        {
            await DutySheetXlsxWriter.WriteAsync(rows, output);
        }

        return output.ToArray();
    }

    /// <summary>Everything a duty stores but its line, in one comparable text.</summary>
    private static string Describe(ParsedDuty d) => string.Join("\n", new[]
    {
        $"{d.Kind} {d.Number} [{d.Category}] {d.Name}",
        $"departments: {string.Join("|", d.Departments)} / {d.OtherDepartments}",
        $"dept: {string.Join("|", d.DepartmentResponsibilities)}",
        $"town: {string.Join("|", d.TownshipResponsibilities)}",
        $"support: {string.Join("|", d.Support)}",
        $"takeovers: {string.Join("|", d.Takeovers)} discontinued={d.Discontinued} text={d.TakeoverText}",
        $"review: {d.ReviewReason} confidence={d.Confidence} source={string.Join("|", d.SourceLines)}",
    });
}
