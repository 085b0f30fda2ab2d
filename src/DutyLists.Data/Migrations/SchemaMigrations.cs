using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace DutyLists.Data.Migrations;

/// <summary>
/// Brings a context's schema up to date with its migrations (decision 0010). A database made before migrations — by
/// the release whose schema was created with EnsureCreated and stamped version 3 — is first taken under migrations in
/// place: once its tables and columns are found to be exactly those the baseline migration creates, the baseline is
/// recorded as applied and the later migrations run on its data. Any other schema is refused, never changed.
/// </summary>
public static class SchemaMigrations
{
    /// <summary>The schema version the last release before migrations stamped in its SchemaInfo table.</summary>
    public const int ReleaseSchemaVersion = 3;

    /// <summary>The PostgreSQL advisory lock held while a database is taken under migrations; any number no other lock uses.</summary>
    private const long AdoptLock = 0x4475_7479_4D69;

    /// <summary>Migrates the duty lists' schema; a release database must carry its schema version 3.</summary>
    /// <exception cref="InvalidOperationException">The database holds a schema this build cannot upgrade.</exception>
    public static Task MigrateAsync(DutyListsDbContext db, ILogger? logger = null, CancellationToken ct = default) =>
        MigrateAsync(db, ReleaseVersionProblemAsync, logger, ct);

    /// <summary>
    /// Migrates <paramref name="db"/>'s schema. <paramref name="releaseCheck"/> says what, besides its tables and columns,
    /// is wrong with a database made before migrations (null when nothing is).
    /// </summary>
    /// <exception cref="InvalidOperationException">The database holds a schema this build cannot upgrade.</exception>
    public static async Task MigrateAsync(DbContext db, Func<DbConnection, DbTransaction?, CancellationToken, Task<string?>>? releaseCheck, ILogger? logger = null, CancellationToken ct = default)
    {
        // A migration that rewrites a column rewrites the table: minutes for a province's duties, not a command's 30 s.
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await AdoptReleaseSchemaAsync(db, releaseCheck, logger, ct);
        if (db.Database.IsNpgsql())
        {
            await CreateHistoryTableAsync(db, ct);
        }

        // MigrateAsync takes EF Core's migration lock even when nothing is pending. On SQLite that lock is a row in
        // __EFMigrationsLock, which a process killed while holding it leaves behind, and every later start would then
        // wait on it for ever: a start or a command with nothing to migrate must not touch it.
        if (!(await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            return;
        }

        if (db.Database.IsSqlite())
        {
            await ReleaseStaleSqliteLockAsync(db, logger, ct);
        }

        await db.Database.MigrateAsync(ct);
    }

    /// <summary>
    /// Creates the database and its migration history table when they are missing. Npgsql's migrator finds out whether
    /// the history table exists by reading it, and EF Core logs that failed read as an error, twice on every new
    /// database: a new user's first start would show errors for a start that went well. Made first, the table is read
    /// without failing. It is made after the release check, which takes a database with a history table for one
    /// already under migrations.
    /// </summary>
    private static async Task CreateHistoryTableAsync(DbContext db, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            await creator.CreateAsync(ct);
        }

        await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), ct);
    }

    /// <summary>How long a SQLite migration lock may be held before it is taken for one a killed process left.</summary>
    public static readonly TimeSpan StaleLockAge = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Waits while another process migrates the SQLite file (its lock is younger than <see cref="StaleLockAge"/>), and
    /// removes a lock older than that: no migration of these lists runs so long, so its process is gone.
    /// </summary>
    private static async Task ReleaseStaleSqliteLockAsync(DbContext db, ILogger? logger, CancellationToken ct)
    {
        while (true)
        {
            // Asked first, not found by a failing query: EF Core logs a failed command as an error, which a new file's
            // first start would show its user.
            var lockTables = await db.Database.SqlQueryRaw<int>(
                "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'").SingleAsync(ct);
            if (lockTables == 0)
            {
                return; // No lock table yet: no migration has ever run on this file.
            }

            var stamps = await db.Database.SqlQueryRaw<string>("SELECT \"Timestamp\" AS \"Value\" FROM \"__EFMigrationsLock\"").ToListAsync(ct);
            if (stamps.Count == 0)
            {
                return;
            }

            DateTimeOffset takenAt = DateTimeOffset.TryParse(stamps[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed : DateTimeOffset.MinValue;

            var age = DateTimeOffset.UtcNow - takenAt;
            if (age >= StaleLockAge)
            {
                logger?.LogWarning("A migration lock taken at {TakenAt} was left by a process that stopped; removed.", takenAt);
                await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", ct);
                return;
            }

            logger?.LogInformation("Another process is migrating the database (since {TakenAt}); waiting.", takenAt);
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }
    }

    private static async Task AdoptReleaseSchemaAsync(DbContext db, Func<DbConnection, DbTransaction?, CancellationToken, Task<string?>>? releaseCheck, ILogger? logger, CancellationToken ct)
    {
        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(ct))
        {
            return; // No database yet (a PostgreSQL one not created, or no SQLite file): MigrateAsync creates it.
        }

        var migrations = db.GetService<IMigrationsAssembly>();
        var historyTable = DatabaseSettings.HistoryTableFor(db.GetType());
        var (baselineId, baselineType) = migrations.Migrations.First();
        var baseline = migrations.CreateMigration(baselineType, db.Database.ProviderName!);
        var expected = baseline.UpOperations.OfType<CreateTableOperation>()
            .ToDictionary(t => t.Name, t => t.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        try
        {
            if (db.Database.IsNpgsql())
            {
                // Instances started together on one database: one takes it under migrations, the others then find it done.
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({AdoptLock})", ct);
            }

            // On SQLite, BEGIN IMMEDIATE: the check and the record are one step for any other process starting too.
            await using var transaction = await connection.BeginTransactionAsync(ct);
            var found = await ColumnsAsync(connection, transaction, ct);
            if (found.ContainsKey(historyTable) || !expected.Keys.Any(found.ContainsKey))
            {
                return; // Under migrations already, or a new database, which the baseline creates.
            }

            var problems = new List<string>();
            foreach (var (table, columns) in expected)
            {
                if (!found.TryGetValue(table, out var present))
                {
                    problems.Add($"table {table} is missing");
                    continue;
                }

                var missing = columns.Except(present).Order(StringComparer.Ordinal).ToList();
                var unknown = present.Except(columns).Order(StringComparer.Ordinal).ToList();
                if (missing.Count > 0)
                {
                    problems.Add($"{table} lacks {string.Join(", ", missing)}");
                }

                if (unknown.Count > 0)
                {
                    problems.Add($"{table} has unknown columns {string.Join(", ", unknown)}");
                }
            }

            if (problems.Count == 0 && releaseCheck is not null && await releaseCheck(connection, transaction, ct) is { } problem)
            {
                problems.Add(problem);
            }

            if (problems.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The database holds tables of DutyLists that are not the schema this build can upgrade ({string.Join("; ", problems)}). " +
                    "Nothing was changed. Restore a backup made by the current release, or start with an empty database (docs/decisions/0010-migrations.md). " +
                    "数据库中的表与本版本可升级的架构不一致，未做任何更改：请用当前发布版本的备份恢复，或使用空数据库。");
            }

            var history = db.GetService<IHistoryRepository>();
            await ExecuteAsync(connection, transaction, history.GetCreateIfNotExistsScript(), ct);
            await ExecuteAsync(connection, transaction, history.GetInsertScript(new HistoryRow(baselineId, ProductInfo.GetVersion())), ct);
            await transaction.CommitAsync(ct);
            logger?.LogInformation("A database made before migrations was taken under them: {Migration} recorded as applied to its {Tables} tables.", baselineId, expected.Count);
        }
        finally
        {
            if (db.Database.IsNpgsql())
            {
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({AdoptLock})", CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Every table of the database (of the current schema on PostgreSQL) with its columns.</summary>
    private static async Task<Dictionary<string, HashSet<string>>> ColumnsAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = connection is Npgsql.NpgsqlConnection
            ? "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()"
            : "SELECT m.name, c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table'";
        var tables = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var table = reader.GetString(0);
            if (!tables.TryGetValue(table, out var columns))
            {
                tables[table] = columns = new HashSet<string>(StringComparer.Ordinal);
            }

            columns.Add(reader.GetString(1));
        }

        return tables;
    }

    /// <summary>What is wrong with the duty lists' SchemaInfo stamp of a database made before migrations, if anything.</summary>
    private static async Task<string?> ReleaseVersionProblemAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """SELECT "Version" FROM "SchemaInfo" WHERE "Id" = 1""";
        var version = await command.ExecuteScalarAsync(ct) is { } value and not DBNull ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : (int?)null;
        return version == ReleaseSchemaVersion ? null
            : $"SchemaInfo says version {version?.ToString(CultureInfo.InvariantCulture) ?? "none"}, where the release this build upgrades from wrote {ReleaseSchemaVersion}";
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
