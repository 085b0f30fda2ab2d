using DutyLists.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Search;

/// <summary>
/// The one place where the search depends on the database provider. Every query word must occur in a duty's
/// <see cref="Duty.SearchText"/> as a substring. On SQLite, words of three or more characters go through an FTS5
/// trigram index (a trigram MATCH finds exactly the substrings of 3+ characters); shorter words — 消防, 民政, 党建 —
/// which the trigram index cannot match, fall back to a substring scan. On PostgreSQL every word is an
/// <c>ILIKE '%word%'</c>, which a pg_trgm GIN index answers for 3+ characters and a scan for shorter ones.
/// </summary>
public static class TextSearch
{
    public const string FullTextTable = "DutyText";

    /// <summary>
    /// Creates the search index: on SQLite the FTS5 table over <see cref="Duty.SearchText"/> and the trigger that fills
    /// it, on PostgreSQL a pg_trgm GIN index; idempotent.
    /// </summary>
    public static async Task EnsureIndexAsync(DutyListsDbContext db, CancellationToken ct = default)
    {
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
            $"SELECT COUNT(*) AS Value FROM sqlite_master WHERE type = 'table' AND name = {FullTextTable}").SingleAsync(ct) > 0;
        if (exists)
        {
            return;
        }

        // Duties are never updated or deleted (see RevisionImmutability), so an insert trigger keeps the index complete.
        // Created after a bulk load, the index is filled in one pass ('rebuild'), which is much faster than row by row.
        await db.Database.ExecuteSqlRawAsync($"""
            CREATE VIRTUAL TABLE {FullTextTable} USING fts5(
                SearchText, content='Duties', content_rowid='Id', tokenize='trigram case_sensitive 1');
            CREATE TRIGGER IF NOT EXISTS Duties_ai_{FullTextTable} AFTER INSERT ON Duties BEGIN
                INSERT INTO {FullTextTable}(rowid, SearchText) VALUES (new.Id, new.SearchText);
            END;
            INSERT INTO {FullTextTable}({FullTextTable}) VALUES ('rebuild');
            """, ct);
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
            else if (sqlite && word.Length >= 3)
            {
                var phrase = "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
                var matches = db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM DutyText WHERE DutyText MATCH {phrase}");
                duties = duties.Where(d => matches.Contains(d.Id));
            }
            else
            {
                duties = duties.Where(d => d.SearchText.Contains(word));
            }
        }

        return duties;
    }

    private static string EscapeLike(string word) =>
        word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
