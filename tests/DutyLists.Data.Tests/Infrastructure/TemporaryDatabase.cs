using DutyLists.Data.Importing;
using DutyLists.Data.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DutyLists.Data.Tests.Infrastructure;

/// <summary>A SQLite file in the temp folder, set up as the web app sets up its database (schema, search index, aliases); deleted on dispose.</summary>
public sealed class TemporaryDatabase : IAsyncDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"dutylists-data-tests-{Guid.NewGuid():N}.db");

    private TemporaryDatabase()
    {
        var options = new DbContextOptionsBuilder<DutyListsDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = _file, Pooling = false }.ToString())
            .Options;
        Contexts = new PooledDbContextFactory<DutyListsDbContext>(options);
    }

    public IDbContextFactory<DutyListsDbContext> Contexts { get; }

    public static async Task<TemporaryDatabase> CreateAsync()
    {
        var database = new TemporaryDatabase();
        await using var db = await database.Contexts.CreateDbContextAsync();
        await db.Database.EnsureCreatedAsync();
        await TextSearch.EnsureIndexAsync(db);
        await AliasSeeder.SeedAsync(db, SeedDocuments.Folder);
        return database;
    }

    public ValueTask DisposeAsync()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(_file + suffix);
        }

        return ValueTask.CompletedTask;
    }
}
