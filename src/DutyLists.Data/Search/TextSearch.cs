using DutyLists.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DutyLists.Data.Search;

/// <summary>
/// The one place where the search depends on the database provider. Every query word must occur in a duty's
/// <see cref="Duty.SearchText"/> as a substring. On SQLite an FTS5 table indexes every pair of adjacent characters
/// (<see cref="SearchGrams"/>): a two-character word — 消防, 民政, 党建, the domain's commonest — is one index look-up,
/// a longer word the duties holding all its pairs, confirmed by a substring test; a one-character word is a scan.
/// On PostgreSQL every word is an <c>ILIKE '%word%'</c>, which a pg_trgm GIN index answers for 3+ characters; shorter
/// words are a scan (decision 0009 says why no pair index there).
/// </summary>
public static class TextSearch
{
    public const string GramTable = "DutyGrams";

    /// <summary>
    /// Creates the search index: on SQLite the FTS5 table of character pairs and the trigger that fills it, on
    /// PostgreSQL a pg_trgm GIN index; idempotent.
    /// </summary>
    public static async Task EnsureIndexAsync(DutyListsDbContext db, CancellationToken ct = default)
    {
        // Built after a first-run import, the indexes take minutes over a province's duties, not a command's 30 s.
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                CREATE INDEX IF NOT EXISTS "IX_Duties_SearchText_trgm" ON "Duties" USING gin ("SearchText" gin_trgm_ops);
                """, ct);
            return;
        }

        if (!db.Database.IsSqlite())
        {
            return;
        }

        var exists = await db.Database.SqlQuery<int>(
            $"SELECT COUNT(*) AS Value FROM sqlite_master WHERE type = 'table' AND name = {GramTable}").SingleAsync(ct) > 0;
        if (exists)
        {
            return;
        }

        // One transaction: a build cut short (the process stopped during a long first run) leaves no table, so the next
        // start builds it again rather than finding an empty index and answering every search with nothing.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // Duties are never updated or deleted (see RevisionImmutability), so an insert trigger keeps the index complete.
        // The table holds no text of its own (content='') and no positions (detail=none): it only answers which duties
        // hold a pair. Created after a bulk load, it is filled in one pass, which is much faster than row by row.
        await db.Database.ExecuteSqlRawAsync($"""
            CREATE VIRTUAL TABLE {GramTable} USING fts5(Grams, content='', detail='none', tokenize='ascii');
            CREATE TRIGGER IF NOT EXISTS Duties_ai_{GramTable} AFTER INSERT ON Duties BEGIN
                INSERT INTO {GramTable}(rowid, Grams) VALUES (new.Id, {SearchGrams.FunctionName}(new.SearchText));
            END;
            INSERT INTO {GramTable}(rowid, Grams) SELECT Id, {SearchGrams.FunctionName}(SearchText) FROM Duties;
            """, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// The ids of every stored duty, of any revision, whose text contains every word: the text test run once, so that
    /// the caller can intersect it with whatever else it filters by.
    /// </summary>
    public static async Task<List<int>> MatchingIdsAsync(DutyListsDbContext db, IReadOnlyList<string> words, CancellationToken ct)
    {
        var indexed = words.Select(SearchGrams.Query).OfType<string>().ToList();
        if (!db.Database.IsSqlite() || indexed.Count == 0)
        {
            return await Where(db, db.Duties, words).Select(d => d.Id).ToListAsync(ct);
        }

        // One look-up for the pairs of every word. Two-character words are then answered; the others are confirmed on
        // the candidates' text, which is read only for them.
        var query = string.Join(' ', indexed);
        var unconfirmed = words.Where(w => !AnsweredByItsPair(w)).ToList();
        if (unconfirmed.Count == 0)
        {
            return await GramMatchesAsync(db, query, ct);
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
    /// The duties holding every pair of an FTS5 query, read straight from the index: a common word matches tens of
    /// thousands, which EF Core's materializer would take longer to hand over than the index takes to find.
    /// </summary>
    private static async Task<List<int>> GramMatchesAsync(DutyListsDbContext db, string query, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT rowid FROM {GramTable} WHERE {GramTable} MATCH $query";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$query";
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
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>Keeps the duties whose text contains every word.</summary>
    public static IQueryable<Duty> Where(DutyListsDbContext db, IQueryable<Duty> duties, IEnumerable<string> words)
    {
        var sqlite = db.Database.IsSqlite();
        var postgres = db.Database.IsNpgsql();
        foreach (var word in words)
        {
            if (postgres)
            {
                var pattern = "%" + EscapeLike(word) + "%";
                duties = duties.Where(d => EF.Functions.ILike(d.SearchText, pattern, "\\"));
            }
            else if (sqlite && SearchGrams.Query(word) is { } query)
            {
                var matches = db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM DutyGrams WHERE DutyGrams MATCH {query}");
                duties = AnsweredByItsPair(word)
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

    /// <summary>A two-character word is one pair: holding the pair is holding the word, with no text to confirm.</summary>
    private static bool AnsweredByItsPair(string word) => word.Length == 2;

    private static string EscapeLike(string word) =>
        word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
