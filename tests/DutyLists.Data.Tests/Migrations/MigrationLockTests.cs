using DutyLists.Data.Migrations;
using DutyLists.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Tests.Migrations;

/// <summary>
/// EF Core's migration lock on SQLite is a row in <c>__EFMigrationsLock</c>; a process killed while holding it (the
/// <c>import</c> command killed as it starts) leaves the row behind. The next start must not wait on it for ever.
/// PostgreSQL's migration lock is an advisory lock, released with the killed process's session.
/// </summary>
public sealed class MigrationLockTests
{
    [SqliteFact]
    public async Task ALockLeftBehindDoesNotHoldUpAStartWithNothingToMigrate()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            await LeaveLockAsync(db, DateTimeOffset.UtcNow);
        }

        // Before the fix this waited for ever: the cancellation turns a hang into a failure.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            await SchemaMigrations.MigrateAsync(db, ct: timeout.Token);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(timeout.Token));
        }
    }

    [SqliteFact]
    public async Task AStaleLockIsRemovedWhenAMigrationIsPending()
    {
        // A file whose first migration was under way when its process was killed: every migration is pending.
        await using var database = await TemporaryDatabase.CreateEmptyAsync();
        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            await LeaveLockAsync(db, DateTimeOffset.UtcNow - SchemaMigrations.StaleLockAge - TimeSpan.FromMinutes(1));
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            await SchemaMigrations.MigrateAsync(db, ct: timeout.Token);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(timeout.Token));
            Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"__EFMigrationsLock\"").SingleAsync(timeout.Token));
        }
    }

    private static async Task LeaveLockAsync(DutyListsDbContext db, DateTimeOffset takenAt)
    {
        await db.Database.ExecuteSqlRawAsync("""CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL)""");
        await db.Database.ExecuteSqlAsync($"INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, {takenAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture)})");
    }
}
