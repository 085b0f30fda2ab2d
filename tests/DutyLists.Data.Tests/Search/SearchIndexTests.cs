using DutyLists.Data.Auditing;
using DutyLists.Data.Importing;
using DutyLists.Data.Queries;
using DutyLists.Data.Search;
using DutyLists.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Tests.Search;

/// <summary>The search index must hold every stored duty, whichever way the duty got there.</summary>
public sealed class SearchIndexTests
{
    [Theory]
    [InlineData("消防")]
    [InlineData("河")]
    [InlineData("河长制")]
    public async Task AnIndexLosingItsEntriesIsCompletedAtTheNextStart(string word)
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var importer = new RevisionImporter(database.Contexts, TimeProvider.System, new AuditLog(database.Contexts, TimeProvider.System));
        await importer.ImportAsync(SeedDocuments.Read("001"), importedBy: null);
        var expected = await TotalAsync(database, word);

        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            // A database from before the index, or an interrupted build: the index holds nothing.
            await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql()
                ? $"""DELETE FROM "{TextSearch.GramTable}" """
                : $"DROP TABLE {TextSearch.GramTable}");
            await TextSearch.EnsureIndexAsync(db);
        }

        Assert.True(expected > 0);
        Assert.Equal(expected, await TotalAsync(database, word));
    }

    [Fact]
    public async Task ShortWordsAreAnsweredByTheIndexAlone()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        await using var db = await database.Contexts.CreateDbContextAsync();
        var importer = new RevisionImporter(database.Contexts, TimeProvider.System, new AuditLog(database.Contexts, TimeProvider.System));
        await importer.ImportAsync(SeedDocuments.Read("001"), importedBy: null);
        Assert.True(await TotalAsync(database, "消防") > 0);
        Assert.True(await TotalAsync(database, "河") > 0);

        // With the index emptied, words of one and two characters find nothing: no text was read for them. On
        // PostgreSQL a longer one still finds its duties by ILIKE.
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql()
            ? $"""DELETE FROM "{TextSearch.GramTable}" """
            : $"INSERT INTO {TextSearch.GramTable}({TextSearch.GramTable}) VALUES ('delete-all')");
        Assert.Equal(0, await TotalAsync(database, "消防"));
        Assert.Equal(0, await TotalAsync(database, "河"));
        if (db.Database.IsNpgsql())
        {
            Assert.True(await TotalAsync(database, "河长制") > 0);
        }
    }

    [Fact]
    public async Task OnSqliteAnEarlierBuildsPairsOnlyIndexIsRebuiltWithTheCharacters()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        await using var db = await database.Contexts.CreateDbContextAsync();
        if (!db.Database.IsSqlite())
        {
            return; // PostgreSQL's keys have held the characters from the start.
        }

        var importer = new RevisionImporter(database.Contexts, TimeProvider.System, new AuditLog(database.Contexts, TimeProvider.System));
        await importer.ImportAsync(SeedDocuments.Read("001"), importedBy: null);
        var expected = (await TotalAsync(database, "河"), await TotalAsync(database, "消防"), await TotalAsync(database, "河长制"));

        // The earlier index, as that build declared it, and empty: kept, every search would find nothing.
        await db.Database.ExecuteSqlRawAsync($"""
            DROP TRIGGER Duties_ai_{TextSearch.GramTable}; DROP TABLE {TextSearch.GramTable};
            CREATE VIRTUAL TABLE {TextSearch.GramTable} USING fts5(Grams, content='', detail='none', tokenize='ascii');
            """);
        await TextSearch.EnsureIndexAsync(db);

        Assert.True(expected.Item1 > 0);
        Assert.Equal(expected, (await TotalAsync(database, "河"), await TotalAsync(database, "消防"), await TotalAsync(database, "河长制")));
    }

    [Fact]
    public async Task LongerWordsMatchTheirTextsAndLatinLettersIgnoreCaseOnPostgreSql()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var importer = new RevisionImporter(database.Contexts, TimeProvider.System, new AuditLog(database.Contexts, TimeProvider.System));
        await importer.ImportAsync(SeedDocuments.Read("001"), importedBy: null);
        await using var db = await database.Contexts.CreateDbContextAsync();
        var texts = await db.Duties.Select(d => d.SearchText).ToListAsync();

        // A Chinese word is compared with LIKE on PostgreSQL, a word with Latin letters with ILIKE: both as the text says.
        foreach (var word in new[] { "河长制", "安全生产", "APP" })
        {
            var expected = texts.Count(t => t.Contains(word, StringComparison.Ordinal));
            Assert.True(expected > 0, word);
            Assert.Equal(expected, await TotalAsync(database, word));
        }

        if (db.Database.IsNpgsql())
        {
            Assert.Equal(await TotalAsync(database, "APP"), await TotalAsync(database, "app"));
        }
    }

    [Theory]
    [InlineData("河长制", true)]
    [InlineData("１２３号", true)]
    [InlineData("APP", false)]
    [InlineData("app管理", false)]
    [InlineData("ǅ", false)]
    [InlineData("i\u0307", false)]
    public void AWordIsCaselessWhenNoCharacterHasACase(string word, bool caseless) =>
        Assert.Equal(caseless, TextSearch.Caseless(System.Text.RegularExpressions.Regex.Unescape(word)));

    [Fact]
    public async Task OnPostgreSqlInstancesStartingTogetherCompleteTheIndexOnce()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        await using var db = await database.Contexts.CreateDbContextAsync();
        if (!db.Database.IsNpgsql())
        {
            return; // One SQLite file has one app instance.
        }

        var importer = new RevisionImporter(database.Contexts, TimeProvider.System, new AuditLog(database.Contexts, TimeProvider.System));
        await importer.ImportAsync(SeedDocuments.Read("001"), importedBy: null);
        var expected = await TotalAsync(database, "消防");
        await db.Database.ExecuteSqlRawAsync($"""DELETE FROM "{TextSearch.GramTable}" """);

        // Three starts at once: without the lock, two would write the same duties' keys and the second would fail.
        await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
        {
            await using var instance = await database.Contexts.CreateDbContextAsync();
            await TextSearch.EnsureIndexAsync(instance);
        }));

        Assert.Equal(expected, await TotalAsync(database, "消防"));
    }

    private static async Task<int> TotalAsync(TemporaryDatabase database, string word) =>
        (await new DutySearch(database.Contexts).SearchAsync(new DutyFilter { Text = word })).Total;
}
