using DutyLists.Import.Model;
using CellEntries = DutyLists.Import.Cells.ResponsibilityText;

namespace DutyLists.Import.PdfText;

/// <summary>Splits a duty cell's wrapped lines into its numbered entries, sub-headings and department labels.</summary>
internal static class ResponsibilityText
{
    public static List<ResponsibilityItem> Split(IEnumerable<string> lines)
    {
        // PDF-only: a line without a marker continues the entry above unless that one ended, since the PDF wraps anywhere.
        var entries = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.Trim(' ', '\u3000');
            if (line.Length == 0)
            {
                continue;
            }

            if (CellEntries.StartsWithMarker(line) || entries.Count == 0 || EndsEntry(entries[^1]))
            {
                entries.Add(line);
            }
            else
            {
                entries[^1] += line;
            }
        }

        return [.. entries.Select(CellEntries.Entry).Select(e => e with { IsHeading = IsHeading(e.Number, e.Text) })];
    }

    /// <summary>Whether a line starts a numbered entry: <c>1.</c>, <c>2．</c>, <c>（3）</c>, <c>一、</c>.</summary>
    public static bool StartsEntry(string line) => CellEntries.StartsWithMarker(line.Trim(' ', '\u3000'));

    /// <summary>The first entry of a numbered list: <c>1.</c>, <c>（1）</c>, <c>一、</c>.</summary>
    public static bool IsFirstEntry(string line) =>
        CellEntries.Entry(line.Trim(' ', '\u3000')).Number is "1." or "1．" or "（1）" or "一、";

    /// <summary>An entry ends with its sentence; a label (<c>泽普县委组织部：</c>) ends with a colon.</summary>
    public static bool EndsEntry(string text) => text.Length > 0 && text[^1] is '；' or '。' or '：' or ':' or ';';

    /// <summary>
    /// Unnumbered text ending in a colon introduces what follows: a department label or a sub-heading. PDF-only: lines
    /// carry no paragraph breaks, so a label keeps its colon and an <c>一、</c> entry is a heading when it has no end punctuation.
    /// </summary>
    private static bool IsHeading(string? number, string text) =>
        (number is null && text.Length > 0 && text[^1] is '：' or ':') || (number is not null && number.EndsWith('、') && !EndsEntry(text));
}
