using BenchmarkDotNet.Attributes;
using DutyLists.Data;
using DutyLists.Data.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DutyLists.Benchmarks;

/// <summary>
/// What checking the version of the lists costs a request (decision 0010): a cached page asks
/// <see cref="ListsVersionMonitor"/>, which answers from memory and reads the database at most every 500 ms; the
/// in-memory current duties read it on each use. Both against a SQLite file made by the migrations.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 10)]
public class ListsVersionBenchmarks
{
    private string _file = "";
    private PooledDbContextFactory<DutyListsDbContext> _contexts = null!;
    private ListsVersionMonitor _monitor = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _file = Path.Combine(Path.GetTempPath(), $"dutylists-bench-version-{Guid.NewGuid():N}.db");
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = _file }.ToString());
        _contexts = new PooledDbContextFactory<DutyListsDbContext>(
            (DbContextOptions<DutyListsDbContext>)settings.Apply(new DbContextOptionsBuilder<DutyListsDbContext>()).Options);
        await using var db = await _contexts.CreateDbContextAsync();
        await SchemaMigrations.MigrateAsync(db);
        _monitor = new ListsVersionMonitor(_contexts, TimeProvider.System);
        await _monitor.CurrentAsync();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }

    /// <summary>A cached page's check between two reads of the database: the common case.</summary>
    [Benchmark]
    public ValueTask<long> MonitorFromMemory() => _monitor.CurrentAsync();

    /// <summary>The read behind it, made at most every 500 ms per process; also the current duties' check per use.</summary>
    [Benchmark]
    public async Task<long> ReadFromDatabase()
    {
        await using var db = await _contexts.CreateDbContextAsync();
        return await ListsVersions.ReadAsync(db);
    }
}
