using DutyLists.Data.Auditing;
using DutyLists.Data.Importing;
using DutyLists.Data.Migrations;
using DutyLists.Data.Revisions;
using DutyLists.Data.Search;
using DutyLists.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace DutyLists.Data.Tests.Infrastructure;

/// <summary>
/// A database set up as the web app sets up its own (schema, search index, aliases): a SQLite file in the temp
/// folder, or, when <c>DUTYLISTS_TEST_POSTGRES</c> names a PostgreSQL server, a database of its own there. Removed
/// on dispose.
/// </summary>
public sealed class TemporaryDatabase : IAsyncDisposable
{
    internal static readonly string? PostgresServer =
        Environment.GetEnvironmentVariable("DUTYLISTS_TEST_POSTGRES") is { Length: > 0 } server ? server : null;

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"dutylists-data-tests-{Guid.NewGuid():N}.db");
    private readonly string _postgresDatabase = $"dutylists_data_test_{Guid.NewGuid():N}";

    private TemporaryDatabase(IInterceptor[] interceptors)
    {
        Settings = PostgresServer is null
            ? new DatabaseSettings(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = _file, Pooling = false }.ToString())
            : new DatabaseSettings(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _postgresDatabase, Pooling = false }.ToString());
        var options = Settings.Apply(new DbContextOptionsBuilder<DutyListsDbContext>()).AddInterceptors(interceptors);
        Contexts = new PooledDbContextFactory<DutyListsDbContext>((DbContextOptions<DutyListsDbContext>)options.Options);
    }

    public IDbContextFactory<DutyListsDbContext> Contexts { get; }

    public DatabaseSettings Settings { get; }

    public bool IsPostgres => Settings.Provider == DatabaseProvider.Postgres;

    /// <param name="interceptors">EF Core interceptors for every context, to step into the app's writes.</param>
    public static async Task<TemporaryDatabase> CreateAsync(params IInterceptor[] interceptors)
    {
        var database = new TemporaryDatabase(interceptors);
        await using var db = await database.Contexts.CreateDbContextAsync();
        await SchemaMigrations.MigrateAsync(db);
        await TextSearch.EnsureIndexAsync(db);
        await AliasSeeder.SeedAsync(db, SeedDocuments.Folder);
        return database;
    }

    /// <summary>The importer as the app builds it, on this database.</summary>
    public RevisionImporter Importer() => new(Contexts, TimeProvider.System, new AuditLog(Contexts, TimeProvider.System));

    /// <summary>The import preview as the app builds it, on this database, with the default reader.</summary>
    public ImportPreviewer Previewer() => new(Contexts, DutyListReader.CreateDefault(), new RevisionComparison(new DutySnapshotLoader(Contexts)));

    /// <summary>A database with no tables at all, for a test to give a schema of its own.</summary>
    public static async Task<TemporaryDatabase> CreateEmptyAsync()
    {
        var database = new TemporaryDatabase([]);
        await using var db = await database.Contexts.CreateDbContextAsync();
        if (database.IsPostgres)
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateAsync();
        }

        return database;
    }

    /// <summary>The rows of every table a list's change writes, to check that an operation stored nothing.</summary>
    public async Task<RowCounts> CountRowsAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return new RowCounts(await db.Townships.CountAsync(), await db.Revisions.CountAsync(), await db.Duties.CountAsync(),
            await db.Departments.CountAsync(), await db.DepartmentAliases.CountAsync(), await db.Categories.CountAsync(),
            await db.AuditEntries.CountAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (PostgresServer is not null)
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false }.ToString());
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
            return;
        }

        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(_file + suffix);
        }
    }
}

/// <summary>Row counts of the tables a change to the lists writes.</summary>
public sealed record RowCounts(int Townships, int Revisions, int Duties, int Departments, int DepartmentAliases, int Categories, int AuditEntries);

/// <summary>A test of what only SQLite has: reported as skipped, not as passed, in the suite's PostgreSQL run.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TemporaryDatabase.PostgresServer is not null)
        {
            Skip = "SQLite only; this run is on PostgreSQL.";
        }
    }
}
