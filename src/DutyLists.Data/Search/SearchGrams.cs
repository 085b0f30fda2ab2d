using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DutyLists.Data.Search;

/// <summary>
/// The keys the search index holds: every character and every pair of adjacent characters of a duty's text, none of
/// them white space. On SQLite each is a token of hex digits (four for a character, eight for a pair: its UTF-16 code
/// units), so that FTS5's plain ASCII tokenizer indexes any text, punctuation and Latin letters included, exactly as
/// written; on PostgreSQL each is an integer.
/// </summary>
public static class SearchGrams
{
    /// <summary>The SQL function that computes a text's tokens, registered on every SQLite connection of the app.</summary>
    public const string FunctionName = "dutylists_grams";

    /// <summary>The tokens of a text, its characters and pairs, distinct, separated by spaces.</summary>
    public static string Tokens(string text) => Tokens(text, withCharacters: true);

    /// <summary>
    /// The FTS5 query for the duties holding <paramref name="word"/>'s character, when it has one, or else every pair of
    /// it; null for a word with no character to look up.
    /// </summary>
    public static string? Query(string word)
    {
        var tokens = Tokens(word, withCharacters: word.Length == 1);
        return tokens.Length == 0 ? null : tokens;
    }

    private static string Tokens(string text, bool withCharacters) =>
        string.Join(' ', Grams(text, withCharacters, foldCase: false)
            .Select(g => g.Key.ToString(g.IsPair ? "x8" : "x4", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>
    /// The keys PostgreSQL's index holds for a text: every character and every pair of adjacent characters, neither of
    /// them white space, each as one integer, folded to lower case as <c>ILIKE</c> folds them; distinct. A character is
    /// its UTF-16 code unit and a pair packs two into 32 bits, so no pair's key equals a character's (a pair would need
    /// a NUL first, which PostgreSQL's text cannot hold).
    /// </summary>
    public static int[] Keys(string text) => Keys(text, withCharacters: true);

    /// <summary>
    /// The keys a duty must hold to contain <paramref name="word"/>: the character of a one-character word, otherwise
    /// its pairs. Holding them is containing a word of one or two characters; a longer word is still to be confirmed.
    /// </summary>
    public static int[] QueryKeys(string word) => Keys(word, withCharacters: word.Length == 1);

    private static int[] Keys(string text, bool withCharacters) =>
        [.. Grams(text, withCharacters, foldCase: true).Select(g => unchecked((int)g.Key))];

    /// <summary>
    /// Every character of the text (when <paramref name="withCharacters"/>) and every pair of adjacent characters, none of
    /// them white space, each once: a character as its UTF-16 code unit, a pair as the two packed into 32 bits.
    /// </summary>
    private static HashSet<(uint Key, bool IsPair)> Grams(string text, bool withCharacters, bool foldCase)
    {
        var grams = new HashSet<(uint Key, bool IsPair)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            var first = foldCase ? char.ToLowerInvariant(text[i]) : text[i];
            if (withCharacters)
            {
                grams.Add((first, false));
            }

            if (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                var second = foldCase ? char.ToLowerInvariant(text[i + 1]) : text[i + 1];
                grams.Add((((uint)first << 16) | second, true));
            }
        }

        return grams;
    }
}

/// <summary>Registers <see cref="SearchGrams.FunctionName"/> on each SQLite connection as it opens: the index's trigger calls it.</summary>
public sealed class SearchGramsFunction : DbConnectionInterceptor
{
    public static readonly SearchGramsFunction Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction<string?, string?>(SearchGrams.FunctionName, text => text is null ? null : SearchGrams.Tokens(text), isDeterministic: true);
        }
    }
}
