using System.Text.RegularExpressions;

namespace DutyLists.Import.PdfText;

/// <summary>Lines of a PDF text export that carry nothing of the document: footers, detached full stops, junk.</summary>
internal static partial class NoiseLines
{
    /// <summary>Blank or whitespace-only (including ideographic spaces).</summary>
    public static bool IsBlank(string raw) => raw.Trim(' ', '\u3000', '\t', '\f').Length == 0;

    /// <summary>
    /// A full stop alone on its line: the extractor detaches a cell's final <c>。</c> and prints it
    /// below the table row, e.g. 002 L464 <c>。</c>.
    /// </summary>
    public static bool IsDetachedFullStop(string raw) => raw.Trim(' ', '\u3000', '\f') == "。";

    /// <summary>Rows of opening quotes left by the extractor, e.g. 002 L1174 <c>““</c> or L1170 (190 of them).</summary>
    public static bool IsJunkQuotes(string raw)
    {
        // A quote the extractor could not place stays behind on a line of its own, with spaces (“ ” / “).
        var text = raw.Trim(' ', '\u3000', '\f');
        return text.Length > 0 && text.All(c => c is '“' or '”' or ' ');
    }

    /// <summary>A page footer such as <c>第 3 页，共 100 页</c> (002 L107), sometimes indented.</summary>
    public static bool IsPageFooter(string raw) => PageFooter().IsMatch(raw);

    /// <summary>Anything that is never part of a cell.</summary>
    public static bool IsNoise(string raw) =>
        IsBlank(raw) || IsDetachedFullStop(raw) || IsJunkQuotes(raw) || IsPageFooter(raw);

    [GeneratedRegex(@"^\s*第\s*\d+\s*页\s*[，,]\s*共\s*\d+\s*页\s*$")]
    private static partial Regex PageFooter();
}
