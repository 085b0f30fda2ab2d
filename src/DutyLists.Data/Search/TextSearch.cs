using DutyLists.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace DutyLists.Data.Search;

/// <summary>
/// The one place where the search depends on the database provider. Every query word must occur in a duty's
/// <see cref="Duty.SearchText"/> as a substring. Both databases index every character and every pair of adjacent
/// characters (<see cref="SearchGrams"/>), so that a word of one or two characters — 消防, 民政, 党建, the domain's
/// commonest — is one index look-up. SQLite keeps them in an FTS5 table filled by a trigger, where a longer word is the
/// duties holding all its pairs, confirmed by a substring test. PostgreSQL keeps them in an integer array under a GIN
/// index, written with the duties; longer words are <c>ILIKE '%word%'</c> answered by a pg_trgm GIN index (decision 0009).
/// </summary>
public static class TextSearch
{
    public const string GramTable = "DutyGrams";

    /// <summary>The column of SQLite's index: its name tells this build's index (characters and pairs) from an earlier one.</summary>
    private const string KeyColumn = "Keys";

    /// <summary>The PostgreSQL advisory lock held while the search index is completed; any number no other lock uses.</summary>
    private const long IndexLock = 0x4475_7479_4C69;

    /// <summary>
    /// Creates the search index: on SQLite the FTS5 table of character pairs and the trigger that fills it, on
    /// PostgreSQL the keys of any duty stored without them and the two GIN indexes; idempotent.
    /// </summary>
    public static async Task EnsureIndexAsync(DutyListsDbContext db, CancellationToken ct = default)
    {
        // Built after a first-run import, the indexes take minutes over a province's duties, not a command's 30 s.
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        if (db.Database.IsNpgsql())
        {
            // Instances started together on one database: the first gives out the missing keys and builds the indexes,
            // the others wait for it on this lock and then find nothing to do.
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({IndexLock})", ct);
                await EnsureKeyTableAsync(db, ct);
                await AddMissingKeysAsync(db, ct);
                await db.Database.ExecuteSqlRawAsync("CREATE EXTENSION IF NOT EXISTS pg_trgm", ct);
                await Task.WhenAll(
                    BuildAsync(db, """CREATE INDEX IF NOT EXISTS "IX_Duties_SearchText_trgm" ON "Duties" USING gin ("SearchText" gin_trgm_ops)""", ct),
                    BuildAsync(db, $"""CREATE INDEX IF NOT EXISTS "IX_{GramTable}_Keys" ON "{GramTable}" USING gin ("Keys")""", ct));
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({IndexLock})", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }

            return;
        }

        if (!db.Database.IsSqlite())
        {
            return;
        }

        var declared = await db.Database.SqlQuery<string>(
            $"SELECT sql AS Value FROM sqlite_master WHERE type = 'table' AND name = {GramTable}").SingleOrDefaultAsync(ct);
        if (declared?.Contains($"fts5({KeyColumn},", StringComparison.Ordinal) == true)
        {
            return;
        }

        // One transaction: a build cut short (the process stopped during a long first run) leaves no table, so the next
        // start builds it again rather than finding an empty index and answering every search with nothing.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (declared is not null)
        {
            // The index of an earlier build, its column named Grams, held pairs only: a one-character word was a scan.
            await db.Database.ExecuteSqlRawAsync($"DROP TRIGGER IF EXISTS Duties_ai_{GramTable}; DROP TABLE {GramTable};", ct);
        }

        // Duties are never updated or deleted (see RevisionImmutability), so an insert trigger keeps the index complete.
        // The table holds no text of its own (content='') and no positions (detail=none): it only answers which duties
        // hold a character or a pair. Created after a bulk load, it is filled in one pass, much faster than row by row.
        await db.Database.ExecuteSqlRawAsync($"""
            CREATE VIRTUAL TABLE {GramTable} USING fts5({KeyColumn}, content='', detail='none', tokenize='ascii');
            CREATE TRIGGER IF NOT EXISTS Duties_ai_{GramTable} AFTER INSERT ON Duties BEGIN
                INSERT INTO {GramTable}(rowid, {KeyColumn}) VALUES (new.Id, {SearchGrams.FunctionName}(new.SearchText));
            END;
            INSERT INTO {GramTable}(rowid, {KeyColumn}) SELECT Id, {SearchGrams.FunctionName}(SearchText) FROM Duties;
            """, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// Builds one PostgreSQL index on a connection of its own, so that the two search indexes of a first run are built
    /// side by side: PostgreSQL builds each GIN index on one core.
    /// </summary>
    private static async Task BuildAsync(DutyListsDbContext db, string createIndex, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var command = connection.CreateCommand();

        // A GIN build sorts its entries in maintenance_work_mem; PostgreSQL's default of 64 MB spills them to disk.
        command.CommandText = "SET LOCAL maintenance_work_mem = '256MB'; " + createIndex;
        command.CommandTimeout = (int)TimeSpan.FromHours(1).TotalSeconds;
        await command.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// Creates PostgreSQL's table of search keys, one row per duty. It is not in the EF model, which SQLite shares and
    /// which has no arrays there; the schema's creation and the index's both call this. Idempotent.
    /// </summary>
    public static async Task EnsureKeyTableAsync(DutyListsDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"""
                CREATE TABLE IF NOT EXISTS "{GramTable}" (
                    "DutyId" integer PRIMARY KEY REFERENCES "Duties" ("Id") ON DELETE CASCADE,
                    "Keys" integer[] NOT NULL)
                """, ct);
        }
    }

    /// <summary>
    /// Indexes duties just stored, in the caller's transaction. SQLite's trigger has done so already; PostgreSQL is
    /// given their keys, computed here because SQL would take minutes for a province's duties.
    /// </summary>
    public static async Task AddKeysAsync(DutyListsDbContext db, IEnumerable<(int DutyId, string Text)> duties, CancellationToken ct)
    {
        if (db.Database.GetDbConnection() is not NpgsqlConnection connection)
        {
            return;
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var writer = await connection.BeginBinaryImportAsync(
                $"""COPY "{GramTable}" ("DutyId", "Keys") FROM STDIN (FORMAT BINARY)""", ct);
            foreach (var (dutyId, text) in duties)
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(dutyId, NpgsqlDbType.Integer, ct);
                await writer.WriteAsync(SearchGrams.Keys(text), NpgsqlDbType.Array | NpgsqlDbType.Integer, ct);
            }

            await writer.CompleteAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Gives keys to the duties that have none: those of a database made before the key table, or written by a path that
    /// did not go through <see cref="AddKeysAsync"/>. A batch at a time, so that a province's text is never all in memory.
    /// </summary>
    private static async Task AddMissingKeysAsync(DutyListsDbContext db, CancellationToken ct)
    {
        const int batch = 20_000;
        var after = 0;
        while (true)
        {
            // NOT EXISTS, which PostgreSQL runs as an anti-join; NOT IN over a large subquery it may test row by row.
            var missing = await db.Database.SqlQuery<DutyText>($"""
                SELECT d."Id", d."SearchText" FROM "Duties" d
                WHERE d."Id" > {after} AND NOT EXISTS (SELECT 1 FROM "DutyGrams" g WHERE g."DutyId" = d."Id")
                ORDER BY d."Id" LIMIT {batch}
                """).ToListAsync(ct);
            if (missing.Count == 0)
            {
                return;
            }

            await AddKeysAsync(db, missing.Select(d => (d.Id, d.SearchText)), ct);
            after = missing[^1].Id;
        }
    }

    private sealed class DutyText
    {
        public int Id { get; init; }

        public string SearchText { get; init; } = "";
    }

    /// <summary>
    /// The ids of every stored duty, of any revision, whose text contains every word: the text test run once, so that
    /// the caller can intersect it with whatever else it filters by.
    /// </summary>
    public static async Task<List<int>> MatchingIdsAsync(DutyListsDbContext db, IReadOnlyList<string> words, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            // Words of one or two characters are answered by their keys alone, all of them in one look-up.
            return words.All(AnsweredByItsKeys)
                ? await IdsAsync(db, $"""SELECT "DutyId" FROM "{GramTable}" WHERE "Keys" @> @query""", words.SelectMany(SearchGrams.QueryKeys).Distinct().ToArray(), ct)
                : await Where(db, db.Duties, words).Select(d => d.Id).ToListAsync(ct);
        }

        var indexed = words.Select(SearchGrams.Query).OfType<string>().ToList();
        if (!db.Database.IsSqlite() || indexed.Count == 0)
        {
            return await Where(db, db.Duties, words).Select(d => d.Id).ToListAsync(ct);
        }

        // One look-up for the keys of every word. Words of one or two characters are then answered; the others are
        // confirmed on the candidates' text, which is read only for them.
        var query = string.Join(' ', indexed);
        var unconfirmed = words.Where(w => !AnsweredByItsKeys(w)).ToList();
        if (unconfirmed.Count == 0)
        {
            return await IdsAsync(db, $"SELECT rowid FROM {GramTable} WHERE {GramTable} MATCH @query", query, ct);
        }

        var candidates = db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM DutyGrams WHERE DutyGrams MATCH {query}");

        var duties = db.Duties.Where(d => candidates.Contains(d.Id));
        foreach (var word in unconfirmed)
        {
            duties = duties.Where(d => d.SearchText.Contains(word));
        }

        return await duties.Select(d => d.Id).ToListAsync(ct);
    }

    /// <summary>
    /// The ids an index look-up of one parameter, <c>@query</c>, returns, read straight from the database: a common word
    /// matches tens of thousands of duties, which EF Core's materializer would take longer to hand over than the index
    /// takes to find.
    /// </summary>
    private static async Task<List<int>> IdsAsync(DutyListsDbContext db, string sql, object query, CancellationToken ct)
    {
        // EF Core counts its opens: this closes the connection only if it was closed before, as AddKeysAsync relies on.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@query";
            parameter.Value = query;
            command.Parameters.Add(parameter);
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var ids = new List<int>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetInt32(0));
            }

            return ids;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Keeps the duties whose text contains every word.</summary>
    public static IQueryable<Duty> Where(DutyListsDbContext db, IQueryable<Duty> duties, IEnumerable<string> words)
    {
        var sqlite = db.Database.IsSqlite();
        var postgres = db.Database.IsNpgsql();
        foreach (var word in words)
        {
            if (postgres && AnsweredByItsKeys(word))
            {
                var keys = SearchGrams.QueryKeys(word);
                var holders = db.Database.SqlQuery<int>($"""SELECT "DutyId" AS "Value" FROM "DutyGrams" WHERE "Keys" @> {keys}""");
                duties = duties.Where(d => holders.Contains(d.Id));
            }
            else if (postgres)
            {
                // ILIKE lower-cases every candidate's text before it compares; for a word with no letter that has a
                // case (any Chinese word) LIKE is the same test, and a third of the time over a common word's matches.
                var pattern = "%" + EscapeLike(word) + "%";
                duties = Caseless(word)
                    ? duties.Where(d => EF.Functions.Like(d.SearchText, pattern, "\\"))
                    : duties.Where(d => EF.Functions.ILike(d.SearchText, pattern, "\\"));
            }
            else if (sqlite && SearchGrams.Query(word) is { } query)
            {
                var matches = db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM DutyGrams WHERE DutyGrams MATCH {query}");
                duties = AnsweredByItsKeys(word)
                    ? duties.Where(d => matches.Contains(d.Id))
                    : duties.Where(d => matches.Contains(d.Id) && d.SearchText.Contains(word));
            }
            else
            {
                duties = duties.Where(d => d.SearchText.Contains(word));
            }
        }

        return duties;
    }

    /// <summary>A word of one character is a key, of two a pair: holding it is holding the word, with no text to confirm.</summary>
    private static bool AnsweredByItsKeys(string word) => word.Length <= 2;

    /// <summary>
    /// Whether no character of the word has a case, so that matching it ignoring case is matching it exactly. Combining
    /// marks count as cased: lower-casing a text can produce one (İ becomes i and a combining dot).
    /// </summary>
    internal static bool Caseless(string word) => word.All(c =>
        char.ToLowerInvariant(c) == c && char.ToUpperInvariant(c) == c &&
        char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark));

    private static string EscapeLike(string word) =>
        word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
