using DutyLists.Import.Model;
using DutyLists.Import.TableText;

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

        return ListVocabulary.ReadHeading(text)?.Kind;
    }

    /// <summary>The count a heading declares (<c>…配合履职事项清单（共102项）</c>), or null.</summary>
    public static int? Declared(string raw) => ListVocabulary.ReadHeading(raw.Trim(' ', '\u3000', '\f'))?.Declared;

    /// <summary>The prefix before the list name in a heading (e.g. <c>昌吉州木垒县大石头乡</c>), or empty.</summary>
    public static string Prefix(string raw)
    {
        var text = raw.Trim(' ', '\u3000', '\f');
        return ListVocabulary.ReadHeading(text)?.Prefix ?? "";
    }

    /// <summary>How many non-blank lines around a heading may hold its table's header (002's cooperative header is
    /// shredded over 13 lines and interleaved with the first row's cells).</summary>
    private const int HeaderWindowAfter = 30;

    private const int HeaderWindowBefore = 3;

    /// <summary>
    /// Splits the document into the text before the first list and one line range per list. A line ending in a
    /// list name opens that list only when the table's header follows it (before it too: 002 prints <c>序</c>
    /// above the heading) and names the list's columns; a title, a sentence or another kind of list does not.
    /// Throws when a heading's header names columns the list does not have.
    /// </summary>
    public static DocumentSections Locate(IReadOnlyList<string> lines, string file)
    {
        var starts = new List<(DutyKind Kind, int Index)>();
        var unheaded = new List<(DutyKind Kind, int Index, IReadOnlyList<Column> Missing)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (HeadingKind(lines[i]) is not { } kind || starts.Any(s => s.Kind == kind))
            {
                continue;
            }

            var header = TableHeader.Near(lines, i, HeaderWindowBefore, HeaderWindowAfter);
            var foreign = ListVocabulary.ForeignColumns(kind, header.Whole);
            if (foreign.Count > 0)
            {
                throw new DocumentRejectedException(file, i + 1,
                    $"“{ListVocabulary.NameOf(kind)}”的表头有本清单没有的列：{string.Join("、", foreign.Select(ListVocabulary.ColumnName))}；{ExpectedColumns(kind)}");
            }

            var missing = ListVocabulary.MissingColumns(kind, header.Covered);
            if (missing.Count > 0)
            {
                unheaded.Add((kind, i, missing));
                continue;
            }

            starts.Add((kind, i));
        }

        if (starts.Count == 0 && unheaded.Count > 0)
        {
            var (kind, index, missing) = unheaded[0];
            var other = lines.Select(ListVocabulary.OtherListNamedIn).FirstOrDefault(n => n is not null);
            throw new DocumentRejectedException(file, index + 1,
                $"“{lines[index].Trim()}”之后没有{ListVocabulary.NameOf(kind)}的表头（缺少{string.Join("、", missing.Select(ListVocabulary.ColumnName))}），不能作为清单的开始；{ExpectedColumns(kind)}" +
                (other is null ? "" : $"。文件中出现“{other}”，可能是其他类型的清单，不是履职事项清单"));
        }

        var ranges = new List<ListRange>();
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1].Index : lines.Count;
            ranges.Add(new ListRange(starts[s].Kind, starts[s].Index, end));
        }

        return new DocumentSections(starts.Count > 0 ? starts[0].Index : lines.Count, ranges);
    }

    private static string ExpectedColumns(DutyKind kind) =>
        $"{ListVocabulary.NameOf(kind)}的列应为{string.Join("、", ListVocabulary.Of(kind).Columns.Select(ListVocabulary.ColumnName))}";
}

/// <summary>Where the lists are: <paramref name="PreambleEnd"/> is the index of the first heading.</summary>
internal sealed record DocumentSections(int PreambleEnd, IReadOnlyList<ListRange> Lists);

/// <summary>A list's lines: <paramref name="HeadingIndex"/> (0-based) up to, not including, <paramref name="End"/>.</summary>
internal sealed record ListRange(DutyKind Kind, int HeadingIndex, int End);
