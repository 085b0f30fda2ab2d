using DutyLists.Import.Model;

namespace DutyLists.Import.PdfText;

/// <summary>The heading that opens each of the three lists, and where each list lies in the document.</summary>
internal static class ListHeadings
{
    /// <summary>Headings end with the list's name; a prefix (prefecture, county, township) may precede it.</summary>
    public static readonly IReadOnlyList<(DutyKind Kind, string Name)> Names =
        [.. ListVocabulary.Lists.Select(l => (l.Kind, l.Name))];

    /// <summary>
    /// The list a line opens, or null. A heading stands alone on its line; the 说明 mentions the same names inside
    /// sentences (<c>基本履职事项清单是本镇必须为…</c>), which must not count.
    /// </summary>
    public static DutyKind? HeadingKind(string raw)
    {
        var text = raw.Trim(' ', '\u3000', '\f');
        if (text.Length > 40 || text.Contains('\t') || text.IndexOfAny(['，', '。', '、', '：']) >= 0)
        {
            return null;
        }

        return ListVocabulary.EndingListName(text)?.Kind;
    }

    /// <summary>The prefix before the list name in a heading (e.g. <c>昌吉州木垒县大石头乡</c>), or empty.</summary>
    public static string Prefix(string raw)
    {
        var text = raw.Trim(' ', '\u3000', '\f');
        return ListVocabulary.EndingListName(text) is { } ending ? text[..^ending.Name.Length] : "";
    }

    /// <summary>Splits the document into the text before the first list and one line range per list.</summary>
    public static DocumentSections Locate(IReadOnlyList<string> lines)
    {
        var starts = new List<(DutyKind Kind, int Index)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (HeadingKind(lines[i]) is { } kind && starts.All(s => s.Kind != kind))
            {
                starts.Add((kind, i));
            }
        }

        var ranges = new List<ListRange>();
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1].Index : lines.Count;
            ranges.Add(new ListRange(starts[s].Kind, starts[s].Index, end));
        }

        return new DocumentSections(starts.Count > 0 ? starts[0].Index : lines.Count, ranges);
    }
}

/// <summary>Where the lists are: <paramref name="PreambleEnd"/> is the index of the first heading.</summary>
internal sealed record DocumentSections(int PreambleEnd, IReadOnlyList<ListRange> Lists);

/// <summary>A list's lines: <paramref name="HeadingIndex"/> (0-based) up to, not including, <paramref name="End"/>.</summary>
internal sealed record ListRange(DutyKind Kind, int HeadingIndex, int End);
