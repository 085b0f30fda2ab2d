using DutyLists.Data.Auditing;
using DutyLists.Data.Importing;
using DutyLists.Data.Revisions;
using DutyLists.Data.Tests.Infrastructure;
using DutyLists.Import;
using DutyLists.Import.Model;
using DutyLists.Import.Reading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DutyLists.Data.Tests.Importing;

/// <summary>
/// Every committed rendering of a seed township (the PDF and Word files of the rendering matrix,
/// tests/DutyLists.Import.Tests/Pdf/Fixtures/Renderings), uploaded as a revision of that township into the database
/// the first run fills, previews as the same township with no change (issue #16). DUTYLISTS_RENDERINGS names another
/// folder of renderings (one tools/renderings/render.sh filled), as for the Import tests' RenderingMatrixTests.
/// </summary>
public sealed class RenderingRevisionTests(RenderingRevisionTests.FirstRunDatabase seeded) : IClassFixture<RenderingRevisionTests.FirstRunDatabase>
{
    private static string Folder =>
        Environment.GetEnvironmentVariable("DUTYLISTS_RENDERINGS") is { Length: > 0 } folder
            ? folder
            : Path.GetFullPath(Path.Combine(SeedDocuments.Folder, "..", "tests", "DutyLists.Import.Tests", "Pdf", "Fixtures", "Renderings"));

    private static readonly string[] TableSeeds = ["000", "001", "003", "004"];

    private static List<string> Files() =>
        [.. Directory.EnumerateFiles(Folder)
            .Where(p => p.EndsWith(".pdf", StringComparison.Ordinal) || p.EndsWith(".docx", StringComparison.Ordinal))
            .Select(p => Path.GetFileName(p))
            .Order(StringComparer.Ordinal)];

    public static TheoryData<string> Renderings() => [.. Files()];

    [Fact]
    public void TheFolderHoldsARenderingOfEveryTableSeed()
    {
        var files = Files();
        Assert.All(TableSeeds, seed => Assert.Contains(files, f => f.StartsWith(seed + "-", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Renderings))]
    public async Task ARenderingImportedAsARevisionOfItsTownshipPreviewsAsNoChange(string rendering)
    {
        var seed = seeded.Township(rendering[..3]);

        // As the import page previews an upload with nothing filled in on the form (ImportFlow): the document's own
        // places, split at the townships already stored.
        var preview = await seeded.Previewer.PreviewAsync(rendering, await File.ReadAllBytesAsync(Path.Combine(Folder, rendering)), metadata: null, newTownshipConfirmed: false);

        Assert.False(preview.IsNewTownship);
        Assert.Equal(seed.Id, preview.Base.TownshipId);
        Assert.Equal((seed.Name, seed.County, seed.Prefecture), (preview.List.Township.Name, preview.List.Township.County, preview.List.Township.Prefecture));
        Assert.Equal(seed.Lists.Order(), preview.Coverage.Revised.Order());
        Assert.Empty(preview.Coverage.Kept);
        var totals = preview.Diff.Totals;
        Assert.True(!preview.Diff.HasChanges && totals.Added == 0 && totals.Removed == 0 && totals.Changed == 0, Describe(preview.Diff));
        Assert.Equal(seed.Duties, totals.Unchanged);
    }

    private static string Describe(RevisionDiff diff) => string.Join("; ", diff.Lists.Where(l => l.HasChanges).Select(l =>
        $"{l.Kind}: added {string.Join(",", l.Added.Select(d => d.Number))}; removed {string.Join(",", l.Removed.Select(d => d.Number))}; "
        + $"changed {string.Join(", ", l.Changed.Select(c => $"{c.New.Number} ({string.Join("/", c.Fields.Select(f => f.Field))})"))}; moved {l.Moved}"));

    /// <summary>The seed folder imported as the app's first run imports it, shared by the class's tests (previews store nothing).</summary>
    public sealed class FirstRunDatabase : IAsyncLifetime
    {
        private TemporaryDatabase? _database;
        private Dictionary<string, SeedTownship> _townships = [];

        public ImportPreviewer Previewer { get; private set; } = null!;

        public SeedTownship Township(string seed) => _townships[seed];

        public async Task InitializeAsync()
        {
            _database = await TemporaryDatabase.CreateAsync();
            var contexts = _database.Contexts;

            // The app's reader knows the stored townships, so that a title running county and township together
            // splits at a known name (DutyLists.Web ImportingServices).
            var reader = DutyListReader.CreateDefault(ImportLimits.Default, () =>
            {
                using var db = contexts.CreateDbContext();
                return db.Townships.AsNoTracking().Select(t => t.Name).Distinct().ToList();
            });
            var importer = new RevisionImporter(contexts, TimeProvider.System, new AuditLog(contexts, TimeProvider.System));
            var report = await new FirstRunImport(contexts, reader, importer, NullLogger<FirstRunImport>.Instance).RunAsync(SeedDocuments.Folder);
            Assert.Empty(report.Failed);

            var documents = FirstRunImport.SeedDocuments(SeedDocuments.Folder).Select(Path.GetFileName).ToList();
            Assert.Equal(documents.Count, report.Imported.Count);
            await using var context = await contexts.CreateDbContextAsync();
            _townships = [];
            foreach (var (document, outcome) in documents.Zip(report.Imported))
            {
                var township = await context.Townships.AsNoTracking().Where(t => t.Id == outcome.TownshipId)
                    .Select(t => new { t.Id, t.Name, t.County, t.Prefecture, t.CurrentRevision!.Lists }).SingleAsync();
                var duties = await context.Duties.CountAsync(d => d.RevisionId == outcome.RevisionId);
                _townships[document![..3]] = new SeedTownship(township.Id, township.Name, township.County, township.Prefecture, township.Lists, duties);
            }

            Previewer = new ImportPreviewer(contexts, reader, new RevisionComparison(new DutySnapshotLoader(contexts)));
        }

        public async Task DisposeAsync()
        {
            if (_database is not null)
            {
                await _database.DisposeAsync();
            }
        }
    }

    public sealed record SeedTownship(int Id, string Name, string? County, string? Prefecture, IReadOnlyList<DutyKind> Lists, int Duties);
}
