using System.Text.RegularExpressions;
using DutyLists.Import.Model;

namespace DutyLists.Import.PdfText;

/// <summary>Splits a duty cell's wrapped lines into its numbered entries, sub-headings and department labels.</summary>
internal static partial class ResponsibilityText
{
    public static List<ResponsibilityItem> Split(IEnumerable<string> lines)
    {
        var entries = new List<(string? Number, string Text)>();
        foreach (var raw in lines)
        {
            var line = raw.Trim(' ', '\u3000');
            if (line.Length == 0)
            {
                continue;
            }

            if (Marker().Match(line) is { Success: true } marker)
            {
                entries.Add((marker.Groups[1].Value, line[marker.Length..].TrimStart()));
            }
            else if (entries.Count == 0 || EndsEntry(entries[^1].Text))
            {
                entries.Add((null, line));
            }
            else
            {
                entries[^1] = (entries[^1].Number, entries[^1].Text + line);
            }
        }

        return [.. entries.Select(e => new ResponsibilityItem(e.Number, e.Text, IsHeading(e.Number, e.Text)))];
    }

    /// <summary>Whether a line starts a numbered entry: <c>1.</c>, <c>2．</c>, <c>（3）</c>, <c>一、</c>.</summary>
    public static bool StartsEntry(string line) => Marker().IsMatch(line.Trim(' ', '\u3000'));

    /// <summary>The first entry of a numbered list: <c>1.</c>, <c>（1）</c>, <c>一、</c>.</summary>
    public static bool IsFirstEntry(string line) =>
        Marker().Match(line.Trim(' ', '\u3000')) is { Success: true } m && m.Groups[1].Value is "1." or "1．" or "（1）" or "一、";

    /// <summary>An entry ends with its sentence; a label (<c>泽普县委组织部：</c>) ends with a colon.</summary>
    public static bool EndsEntry(string text) => text.Length > 0 && text[^1] is '；' or '。' or '：' or ':' or ';';

    /// <summary>Unnumbered text ending in a colon introduces what follows: a department label or a sub-heading.</summary>
    private static bool IsHeading(string? number, string text) =>
        (number is null && text.Length > 0 && text[^1] is '：' or ':') || (number is not null && number.EndsWith('、') && !EndsEntry(text));

    [GeneratedRegex(@"^(\d{1,2}[.．](?!\d)|（\d{1,2}）|[一二三四五六七八九十]{1,3}、)")]
    private static partial Regex Marker();
}
