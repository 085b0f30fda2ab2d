using BenchmarkDotNet.Attributes;
using DutyLists.Data;
using DutyLists.Data.Auditing;
using DutyLists.Data.Importing;
using DutyLists.Data.Search;
using DutyLists.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DutyLists.Benchmarks;

/// <summary>
/// The whole first-run import into a fresh SQLite file, wired as the web app wires it: schema, full-text index,
/// aliases, then every seed document. Each iteration gets a new, empty database file.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class ImportBenchmarks
{
    private string _seedData = "";
    private string _databaseFile = "";
    private ServiceProvider? _services;

    [GlobalSetup]
    public void Setup() => _seedData = RepoPaths.SeedData;

    [IterationSetup]
    public void CreateDatabaseFile()
    {
        _databaseFile = Path.Combine(Path.GetTempPath(), $"dutylists-bench-{Guid.NewGuid():N}.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = _databaseFile }.ToString();
        var services = new ServiceCollection();
        services.AddDbContextFactory<DutyListsDbContext>(o => new DatabaseSettings(DatabaseProvider.Sqlite, connectionString).Apply(o));
        _services = services.BuildServiceProvider();
    }

    [IterationCleanup]
    public void DeleteDatabaseFile()
    {
        _services?.Dispose();
        _services = null;
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(_databaseFile + suffix);
        }
    }

    [Benchmark]
    public async Task<int> FirstRunImportIntoFreshDatabase()
    {
        var factory = _services!.GetRequiredService<IDbContextFactory<DutyListsDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Database.EnsureCreatedAsync();
            await TextSearch.EnsureIndexAsync(db);
            await AliasSeeder.SeedAsync(db, _seedData);
        }

        var reader = DutyListReader.CreateDefault();
        var importer = new RevisionImporter(factory, TimeProvider.System, new AuditLog(factory, TimeProvider.System));
        var firstRun = new FirstRunImport(factory, reader, importer, NullLogger<FirstRunImport>.Instance);
        var report = await firstRun.RunAsync(_seedData);
        return report.Imported.Count;
    }
}
