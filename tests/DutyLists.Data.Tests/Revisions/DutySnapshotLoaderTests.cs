using DutyLists.Data.Auditing;
using DutyLists.Data.Importing;
using DutyLists.Data.Revisions;
using DutyLists.Data.Tests.Infrastructure;
using DutyLists.Import.Model;

namespace DutyLists.Data.Tests.Revisions;

public sealed class DutySnapshotLoaderTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public async Task AStoredRevisionComparesUnchangedWithTheParseOfItsDocument(string document)
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var list = SeedDocuments.Read(document);
        var outcome = await new RevisionImporter(database.Contexts, TimeProvider.System, new AuditLog(database.Contexts, TimeProvider.System)).ImportAsync(list, importedBy: null);
        var loader = new DutySnapshotLoader(database.Contexts);

        var stored = await loader.OfRevisionAsync(outcome.RevisionId);
        var diff = await new RevisionComparison(loader).PreviewImportAsync(list);

        Assert.Equal(list.Duties.Count, stored.Count);
        Assert.All(stored, d => Assert.NotNull(d.DutyId));
        Assert.False(diff.HasChanges);
        Assert.Equal(list.Duties.Count, diff.Totals.Unchanged);
    }

    [Fact]
    public async Task APreviewResolvesNamesAsTheImporterWouldAndWritesNothing()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var list = SeedDocuments.Read("004");
        await new RevisionImporter(database.Contexts, TimeProvider.System, new AuditLog(database.Contexts, TimeProvider.System)).ImportAsync(list, importedBy: null);
        var before = await database.CountRowsAsync();
        var renamed = list.Duties.First(d => d.Kind == DutyKind.Cooperative && d.Departments.Count > 0);
        var revised = list with
        {
            Sha256 = "revised",
            Duties = [.. list.Duties.Select(d => d == renamed ? d with { Departments = [.. d.Departments.Skip(1), "县乡村振兴示范中心"] } : d)],
        };

        var diff = await new RevisionComparison(new DutySnapshotLoader(database.Contexts)).PreviewImportAsync(revised);

        var change = Assert.Single(diff[DutyKind.Cooperative].Changed);
        Assert.Equal(renamed.Number, change.New.Number);
        Assert.Equal(DutyField.Departments, Assert.Single(change.Fields).Field);
        Assert.EndsWith("县乡村振兴示范中心", change.New.Departments[^1], StringComparison.Ordinal);
        Assert.Equal(new DiffTotals(0, 0, 1, 0, 0, list.Duties.Count - 1), diff.Totals);
        Assert.Equal(before, await database.CountRowsAsync());
    }

    [Fact]
    public async Task APreviewForATownshipNotYetStoredAddsEveryDuty()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var list = SeedDocuments.Read("003");

        var diff = await new RevisionComparison(new DutySnapshotLoader(database.Contexts)).PreviewImportAsync(list);

        Assert.Equal(list.Duties.Count, diff.Totals.Added);
        Assert.Equal(list.Duties.Select(d => (d.Kind, d.Number)), diff.Lists.SelectMany(l => l.Added).Select(d => (d.Kind, d.Number)));
        Assert.All(diff.Lists.SelectMany(l => l.Added), d => Assert.Null(d.DutyId));
    }

    [Fact]
    public async Task TwoStoredRevisionsCompareByContent()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var importer = new RevisionImporter(database.Contexts, TimeProvider.System, new AuditLog(database.Contexts, TimeProvider.System));
        var list = SeedDocuments.Read("001");
        var first = await importer.ImportAsync(list, importedBy: null);
        var removed = list.Duties.First(d => d.Kind == DutyKind.Basic && d.Number == 5);
        var second = await importer.ImportAsync(list with
        {
            Sha256 = "without-basic-5",
            Duties = [.. list.Duties.Where(d => d != removed).Select(d => d.Kind == DutyKind.Basic && d.Number > 5 ? d with { Number = d.Number - 1 } : d)],
        }, importedBy: "admin");

        var diff = await new RevisionComparison(new DutySnapshotLoader(database.Contexts)).CompareRevisionsAsync(first.RevisionId, second.RevisionId);

        Assert.Equal(removed.Name, Assert.Single(diff[DutyKind.Basic].Removed).Name);
        Assert.Equal(0, diff.Totals.Added + diff.Totals.Changed);
        Assert.Equal(list.Duties.Count(d => d.Kind == DutyKind.Basic) - 5, diff[DutyKind.Basic].Renumbered);
    }
}
