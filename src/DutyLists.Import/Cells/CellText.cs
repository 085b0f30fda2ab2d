using System.Text.RegularExpressions;

namespace DutyLists.Import.Cells;

/// <summary>Whitespace rules shared by every cell reader.</summary>
public static partial class CellText
{
    /// <summary>Collapses runs of whitespace to one space and trims.</summary>
    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>
    /// Deletes whitespace between two Chinese characters: PDF-to-Word conversion left line-wrap spaces inside words
    /// (003 #34 <c>日常安全生 产检查，两 会期间</c>); Chinese text never puts a space there on purpose.
    /// </summary>
    public static string RemoveWrapSpaces(string text) => WrapSpace().Replace(Collapse(text), string.Empty);

    /// <summary>Removes all whitespace, for values such as categories (<c>九、生态环保 (7项)</c>).</summary>
    public static string RemoveWhitespace(string text) => Whitespace().Replace(text, string.Empty);

    /// <summary>Whether the text has nothing but punctuation, e.g. the stray <c>。</c> of 001 #71 <c>清退工作。 。</c>.</summary>
    public static bool IsPunctuationOnly(string text) => text.Length > 0 && text.All(c => char.IsPunctuation(c) || char.IsWhiteSpace(c));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private const string Chinese = @"[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}“”‘’]";

    [GeneratedRegex($@"(?<={Chinese})\s+(?={Chinese})")]
    private static partial Regex WrapSpace();
}
