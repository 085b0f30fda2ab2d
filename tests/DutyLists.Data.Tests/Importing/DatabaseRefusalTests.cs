using System.Data.Common;
using DutyLists.Data.Auditing;
using DutyLists.Data.Importing;
using DutyLists.Data.Model;
using DutyLists.Data.Tests.Infrastructure;
using DutyLists.Import.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace DutyLists.Data.Tests.Importing;

/// <summary>
/// A database that refuses a write for a reason other than another writer — a full disk, data it does not take — is
/// never reported as a conflict: the user is told what went wrong and that nothing was saved, and nothing was.
/// </summary>
public sealed class DatabaseRefusalTests
{
    [Fact]
    public async Task AFullDiskDuringAnImportSaysNothingWasSavedAndLeavesTheOldRevisionCurrentAndTheDatabaseIntact()
    {
        var full = new FullDisk();
        await using var database = await TemporaryDatabase.CreateAsync(full);
        var importer = new RevisionImporter(database.Contexts, TimeProvider.System, new AuditLog(database.Contexts, TimeProvider.System));
        var first = await importer.ImportAsync(SeedDocuments.Read("000"), importedBy: null);
        var before = await database.CountRowsAsync();
        await full.ArmAsync(database.Contexts);

        var refused = await Assert.ThrowsAsync<ListNotSavedException>(() => importer.ImportAsync(Revised(SeedDocuments.Read("000")), importedBy: "admin"));

        full.Disarm();
        Assert.True(refused.StorageFull);
        Assert.Contains("磁盘空间不足", refused.Message, StringComparison.Ordinal);
        Assert.Contains("未保存，数据库没有任何变化", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await database.CountRowsAsync());
        await using var db = await database.Contexts.CreateDbContextAsync();
        Assert.Equal(first.RevisionId, await db.Townships.Where(t => t.Id == first.TownshipId).Select(t => t.CurrentRevisionId).SingleAsync());
        if (db.Database.IsSqlite())
        {
            Assert.Equal(["ok"], await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync());
        }

        // Space freed, the same import goes through.
        var second = await importer.ImportAsync(Revised(SeedDocuments.Read("000")), importedBy: "admin");
        Assert.Equal(2, second.RevisionNumber);
    }

    [Fact]
    public async Task ARefusedValueIsNamedAndNotReportedAsAConflict()
    {
        var nullName = new NullFileName();
        await using var database = await TemporaryDatabase.CreateAsync(nullName);
        var importer = new RevisionImporter(database.Contexts, TimeProvider.System, new AuditLog(database.Contexts, TimeProvider.System));
        await importer.ImportAsync(SeedDocuments.Read("000"), importedBy: null);
        var before = await database.CountRowsAsync();
        nullName.Armed = true;

        var refused = await Assert.ThrowsAsync<ListNotSavedException>(() => importer.ImportAsync(Revised(SeedDocuments.Read("000")), importedBy: "admin"));

        Assert.False(refused.StorageFull);
        Assert.DoesNotContain("另一位用户", refused.Message, StringComparison.Ordinal);
        Assert.Contains("数据库拒绝了这些数据", refused.Message, StringComparison.Ordinal);
        Assert.Contains("FileName", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await database.CountRowsAsync());
    }

    [Fact]
    public async Task ACategoryLongerThanItsColumnIsStoredOrRefusedByNameButNeverAConflict()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var importer = new RevisionImporter(database.Contexts, TimeProvider.System, new AuditLog(database.Contexts, TimeProvider.System));
        var list = SeedDocuments.Read("000");
        var longCategory = new string('类', 60);
        var revised = list with { Duties = [.. list.Duties.Select((d, i) => i == 0 ? d with { Category = longCategory } : d)] };

        // Where the column is as long as SQLite takes it, the import goes through; where it is shorter, the refusal
        // names the length. Either way it is not the other-user conflict of before.
        try
        {
            await importer.ImportAsync(revised, importedBy: "admin");
            await using var db = await database.Contexts.CreateDbContextAsync();
            Assert.True(await db.Categories.AnyAsync(c => c.Name == longCategory));
        }
        catch (ListNotSavedException e)
        {
            Assert.Contains("长度上限", e.Message, StringComparison.Ordinal);
            Assert.Equal(0, (await database.CountRowsAsync()).Revisions);
        }
    }

    public static TheoryData<string, bool, bool> PostgresStates => new()
    {
        { PostgresErrorCodes.UniqueViolation, true, false },
        { PostgresErrorCodes.ForeignKeyViolation, true, false },
        { PostgresErrorCodes.SerializationFailure, true, false },
        { PostgresErrorCodes.StringDataRightTruncation, false, false },
        { PostgresErrorCodes.NotNullViolation, false, false },
        { PostgresErrorCodes.CheckViolation, false, false },
        { PostgresErrorCodes.DiskFull, false, true },
    };

    [Theory]
    [MemberData(nameof(PostgresStates))]
    public void PostgresErrorsAreToldApart(string sqlState, bool conflict, bool full)
    {
        var error = new DbUpdateException("save failed", new PostgresException("value too long for type character varying(50)", "ERROR", "ERROR", sqlState));

        Assert.Equal(conflict, DatabaseErrors.IsConflict(error));
        Assert.Equal(full, DatabaseErrors.IsStorageFull(error));
        if (sqlState == PostgresErrorCodes.StringDataRightTruncation)
        {
            Assert.Contains("长度上限", DatabaseErrors.NotSaved("三台镇", error).Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(19, 2067, true, false)] // SQLITE_CONSTRAINT_UNIQUE
    [InlineData(19, 787, true, false)] // SQLITE_CONSTRAINT_FOREIGNKEY
    [InlineData(19, 1299, false, false)] // SQLITE_CONSTRAINT_NOTNULL
    [InlineData(19, 275, false, false)] // SQLITE_CONSTRAINT_CHECK
    [InlineData(5, 5, true, false)] // SQLITE_BUSY
    [InlineData(13, 13, false, true)] // SQLITE_FULL
    [InlineData(10, 778, false, true)] // SQLITE_IOERR_WRITE
    public void SqliteErrorsAreToldApart(int code, int extended, bool conflict, bool full)
    {
        var error = new SqliteException("SQLite Error", code, extended);

        Assert.Equal(conflict, DatabaseErrors.IsConflict(error));
        Assert.Equal(full, DatabaseErrors.IsStorageFull(error));
        Assert.Equal(full, DatabaseErrors.Describe(error) is not null);
    }

    /// <summary>The same township's list with every basic duty's name changed: a revision the importer must store anew.</summary>
    private static ParsedList Revised(ParsedList list) => list with
    {
        Sha256 = new string('f', 64),
        Duties = [.. list.Duties.Select(d => d.Kind == DutyKind.Basic ? d with { Name = d.Name + "（修订）" } : d)],
    };

    /// <summary>
    /// Makes the disk full for every connection opened once armed. On SQLite for real: <c>PRAGMA max_page_count</c> at
    /// the database's current size, so that the first new page fails with SQLITE_FULL. A PostgreSQL server cannot be
    /// filled from a test, so there the first insert fails as the server fails it, with disk_full (53100).
    /// </summary>
    private sealed class FullDisk : DbCommandInterceptor, IDbConnectionInterceptor
    {
        private long? _pages;

        public async Task ArmAsync(IDbContextFactory<DutyListsDbContext> contexts)
        {
            await using var db = await contexts.CreateDbContextAsync();
            _pages = db.Database.IsSqlite() ? (await db.Database.SqlQueryRaw<long>("PRAGMA page_count").ToListAsync()).Single() : 0;
        }

        public void Disarm() => _pages = null;

        public async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
        {
            if (_pages is { } pages && connection is SqliteConnection)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"PRAGMA max_page_count = {pages}";
                await command.ExecuteNonQueryAsync(ct);
            }
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken ct = default)
        {
            if (_pages is not null && command is NpgsqlCommand && command.CommandText.Contains("INSERT", StringComparison.Ordinal))
            {
                throw new PostgresException("could not extend file: No space left on device", "ERROR", "ERROR", PostgresErrorCodes.DiskFull);
            }

            return ValueTask.FromResult(result);
        }
    }

    /// <summary>Once armed, stores a new revision without its file name, which the column does not allow.</summary>
    private sealed class NullFileName : SaveChangesInterceptor
    {
        public bool Armed { get; set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
        {
            foreach (var entry in eventData.Context!.ChangeTracker.Entries<ListRevision>().Where(e => Armed && e.State == EntityState.Added))
            {
                entry.Property(r => r.FileName).CurrentValue = null!;
            }

            return ValueTask.FromResult(result);
        }
    }
}
