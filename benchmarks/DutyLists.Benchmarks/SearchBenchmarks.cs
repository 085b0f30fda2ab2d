using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using DutyLists.Corpus;
using DutyLists.Data;
using DutyLists.Data.Auditing;
using DutyLists.Data.Importing;
using DutyLists.Data.Queries;
using DutyLists.Data.Search;
using DutyLists.Import;
using DutyLists.Import.Model;
using DutyLists.Import.Sheets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DutyLists.Benchmarks;

/// <summary>
/// The query hot paths of the township and search pages, through <see cref="DutySearch"/> as the pages call it, on a
/// synthetic corpus large enough for the text scans and facet counts to show. Each benchmark runs in its own process
/// and builds its database there: <see cref="SyntheticCorpus"/> townships written as CSV duty sheets and loaded by the
/// first-run import, then the search index. <c>DUTYLISTS_BENCH_TOWNSHIPS</c> sets how many (default 200);
/// <c>DUTYLISTS_BENCH_DB</c> names an existing database file to read instead, which is how figures for a larger corpus
/// are taken without building it six times.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 10)]
public class SearchBenchmarks
{
    public const string TownshipsVariable = "DUTYLISTS_BENCH_TOWNSHIPS";
    public const string DatabaseVariable = "DUTYLISTS_BENCH_DB";
    private const int DefaultTownships = 200;

    // The search page shows twenty results a page, the township page fifty (DutySearch.DefaultPageSize).
    private const int SearchPageSize = 20;

    private string? _tempFolder;
    private ServiceProvider? _services;
    private DutySearch _search = null!;
    private int _townshipId;
    private string _category = "";

    /// <summary>Townships in the built corpus; ignored when <c>DUTYLISTS_BENCH_DB</c> is set.</summary>
    public static int Townships =>
        Environment.GetEnvironmentVariable(TownshipsVariable) is { Length: > 0 } value
            ? int.Parse(value, CultureInfo.InvariantCulture)
            : DefaultTownships;

    [GlobalSetup]
    public async Task Setup()
    {
        var existing = Environment.GetEnvironmentVariable(DatabaseVariable);
        string connectionString;
        if (!string.IsNullOrEmpty(existing))
        {
            if (!File.Exists(existing))
            {
                throw new FileNotFoundException($"{DatabaseVariable} names no file.", existing);
            }

            connectionString = new SqliteConnectionStringBuilder { DataSource = existing, Mode = SqliteOpenMode.ReadOnly }.ToString();
        }
        else
        {
            _tempFolder = Directory.CreateTempSubdirectory("dutylists-bench-").FullName;
            connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_tempFolder, "search.db") }.ToString();
        }

        var services = new ServiceCollection();
        services.AddDbContextFactory<DutyListsDbContext>(o => new DatabaseSettings(DatabaseProvider.Sqlite, connectionString).Apply(o));
        _services = services.BuildServiceProvider();
        var factory = _services.GetRequiredService<IDbContextFactory<DutyListsDbContext>>();
        var started = Stopwatch.GetTimestamp();
        if (_tempFolder is not null)
        {
            await BuildCorpusDatabaseAsync(factory, Path.Combine(_tempFolder, "sheets"));
        }

        _search = new DutySearch(factory);
        int townshipCount, dutyCount;
        await using (var db = await factory.CreateDbContextAsync())
        {
            // The middle township of those with a current list, so that it is neither the first nor the last one scanned.
            var townships = await db.Townships.Where(t => t.CurrentRevisionId != null).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync();
            if (townships.Count == 0)
            {
                throw new InvalidOperationException("The database holds no township with a current list.");
            }

            _townshipId = townships[townships.Count / 2];
            townshipCount = townships.Count;
            dutyCount = await db.Duties.CountAsync();
        }

        var facets = await _search.FacetsAsync(new DutyFilter { TownshipIds = [_townshipId], Kind = DutyKind.Cooperative });
        _category = facets.Categories.FirstOrDefault(c => c.Count > 0)?.Key
            ?? throw new InvalidOperationException($"Township {_townshipId} has no cooperative duties.");

        var source = _tempFolder is null ? "read from " + DatabaseVariable : $"built in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s";
        Console.WriteLine($"// SearchBenchmarks: {townshipCount} townships, {dutyCount} duties ({source}); township {_townshipId}, category {_category}");
    }

    /// <summary>Wired as the web app's first run, with the search index built after the bulk load, in one pass.</summary>
    private static async Task BuildCorpusDatabaseAsync(IDbContextFactory<DutyListsDbContext> factory, string sheets)
    {
        Directory.CreateDirectory(sheets);
        var reader = DutyListReader.CreateDefault();
        var seeds = Directory.GetFiles(RepoPaths.SeedData, "*.txt").Order(StringComparer.Ordinal).Select(f => reader.ReadFile(f)).ToList();
        foreach (var township in new SyntheticCorpus(seeds, randomSeed: 1).Townships(Townships))
        {
            using var file = File.Create(Path.Combine(sheets, township.FileName));
            DutySheetCsvWriter.Write(DutySheetRow.From(township), file);
        }

        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Database.EnsureCreatedAsync();
            await AliasSeeder.SeedAsync(db, RepoPaths.SeedData);
        }

        var importer = new RevisionImporter(factory, TimeProvider.System, new AuditLog(factory, TimeProvider.System));
        var firstRun = new FirstRunImport(factory, reader, importer, NullLogger<FirstRunImport>.Instance);
        var report = await firstRun.RunAsync(sheets);
        if (report.Failed.Count > 0)
        {
            throw new InvalidOperationException($"{report.Failed.Count} synthetic townships were not imported: {report.Failed[0].Message}");
        }

        await using (var db = await factory.CreateDbContextAsync())
        {
            await TextSearch.EnsureIndexAsync(db);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services?.Dispose();
        _services = null;
        SqliteConnection.ClearAllPools();
        if (_tempFolder is not null)
        {
            Directory.Delete(_tempFolder, recursive: true);
            _tempFolder = null;
        }
    }

    /// <summary>/townships/{id}: the basic list's first page with its facets.</summary>
    [Benchmark]
    public Task<DutySearchResult> TownshipPage() =>
        _search.SearchAsync(new DutyFilter { TownshipIds = [_townshipId], Kind = DutyKind.Basic });

    /// <summary>The same township's cooperative list narrowed to one of its categories.</summary>
    [Benchmark]
    public Task<DutySearchResult> TownshipFiltered() =>
        _search.SearchAsync(new DutyFilter { TownshipIds = [_townshipId], Kind = DutyKind.Cooperative, Categories = [_category] });

    /// <summary>A three-character word, which the trigram index answers.</summary>
    [Benchmark]
    public Task<DutySearchResult> SearchThreeCharacters() =>
        _search.SearchAsync(new DutyFilter { Text = "河长制" }, pageSize: SearchPageSize);

    /// <summary>A two-character word, too short for the trigram index: a substring scan over every current duty.</summary>
    [Benchmark]
    public Task<DutySearchResult> SearchTwoCharacters() =>
        _search.SearchAsync(new DutyFilter { Text = "消防" }, pageSize: SearchPageSize);

    /// <summary>Two short words that must both occur: two scans.</summary>
    [Benchmark]
    public Task<DutySearchResult> SearchTwoWords() =>
        _search.SearchAsync(new DutyFilter { Text = "消防 宣传" }, pageSize: SearchPageSize);

    /// <summary>The four facets over every township's cooperative list, without the page of results.</summary>
    [Benchmark]
    public Task<Facets> FacetCounts() =>
        _search.FacetsAsync(new DutyFilter { Kind = DutyKind.Cooperative });
}
