using DutyLists.Import.Model;
using DutyLists.Import.TableText;

namespace DutyLists.Import.PdfText;

/// <summary>
/// Column titles of the lists' tables. The extractor repeats them at every page and often shreds them into
/// single characters (<c>事</c>/<c>类</c>/<c>项</c>/<c>别</c>, 002 L407-424), which must not be read as cell text.
/// </summary>
internal static class TableHeader
{
    private static readonly IReadOnlyList<string> Titles = ListVocabulary.ColumnTitles;

    /// <summary>A whole header row, e.g. <c> 序号 事项类别 事项名称</c> or the split <c>号 事项类别 事项名称</c>.</summary>
    public static bool IsHeaderRow(string raw)
    {
        var tokens = raw.Split([' ', '\u3000', '\f'], StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length > 0 && tokens.All(t => Titles.Contains(t) || t is "序" or "号");
    }

    /// <summary>Every token of the line is a piece of a column title (<c>对应</c>, <c>部</c>, <c>上级部门职责 乡镇配合职责</c>).</summary>
    public static bool IsFragment(string raw)
    {
        var tokens = raw.Split([' ', '\u3000', '\f'], StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length > 0 && tokens.All(t => Titles.Any(title => title.Contains(t, StringComparison.Ordinal)));
    }

    /// <summary>The line holds at least one complete title.</summary>
    public static bool HasWholeTitle(string raw) =>
        raw.Split([' ', '\u3000', '\f'], StringSplitOptions.RemoveEmptyEntries).Any(t => Titles.Contains(t));

    /// <summary>The header printed around a heading: titles printed whole, and columns whose title is covered by pieces.</summary>
    /// <param name="Whole">Columns whose title stands whole on a header line.</param>
    /// <param name="Covered">Columns whose title is whole or whose characters all appear among the header's pieces.</param>
    public sealed record Found(IReadOnlyList<Column> Whole, IReadOnlyList<Column> Covered);

    /// <summary>
    /// The header lines within <paramref name="before"/> and <paramref name="after"/> non-blank lines of line
    /// <paramref name="index"/>: lines made only of title pieces (<c>序</c>, <c>号 事项类别 事项名称</c>, <c>对应</c>).
    /// </summary>
    public static Found Near(IReadOnlyList<string> lines, int index, int before, int after)
    {
        var tokens = new List<string>();
        void Take(string raw)
        {
            if (IsFragment(raw) || IsHeaderRow(raw))
            {
                tokens.AddRange(raw.Split([' ', '\u3000', '\f'], StringSplitOptions.RemoveEmptyEntries));
            }
        }

        for (int i = index - 1, seen = 0; i >= 0 && seen < before; i--)
        {
            if (!NoiseLines.IsBlank(lines[i]))
            {
                Take(lines[i]);
                seen++;
            }
        }

        for (int i = index + 1, seen = 0; i < lines.Count && seen < after && HeadingKind(lines[i]) is null; i++)
        {
            if (!NoiseLines.IsBlank(lines[i]))
            {
                Take(lines[i]);
                seen++;
            }
        }

        var whole = tokens.Select(ListVocabulary.ColumnOf).OfType<Column>().Distinct().ToList();
        var pieces = string.Concat(tokens);
        var covered = ListVocabulary.ColumnTitles
            .Where(title => title.All(c => pieces.Contains(c, StringComparison.Ordinal)))
            .Select(ListVocabulary.ColumnOf)
            .OfType<Column>()
            .Union(whole)
            .ToList();
        return new Found(whole, covered);
    }

    private static DutyKind? HeadingKind(string raw) => ListHeadings.HeadingKind(raw);

    /// <summary>
    /// Marks the shredded header lines of a range. A single character such as <c>部</c> is a header piece only
    /// next to another header piece, a whole title or a page start; otherwise it is the last character of a
    /// wrapped cell (002 L972 <c>部</c> ends 泽普县委社会工作部).
    /// </summary>
    public static bool[] MarkShredded(IReadOnlyList<PdfLine> lines)
    {
        var marks = new bool[lines.Count];
        var contentIndices = Enumerable.Range(0, lines.Count).Where(i => !NoiseLines.IsBlank(lines[i].Raw)).ToList();
        foreach (var i in contentIndices)
        {
            marks[i] = IsFragment(lines[i].Raw) && (HasWholeTitle(lines[i].Raw) || lines[i].StartsPage);
        }

        // A page's header comes out as a run of pieces (002 L2451-2454: " 部", "上", "门"): spread from the anchors.
        for (var changed = true; changed;)
        {
            changed = false;
            for (var k = 0; k < contentIndices.Count; k++)
            {
                var i = contentIndices[k];
                if (marks[i] || !IsFragment(lines[i].Raw))
                {
                    continue;
                }

                var besideHeader = (k > 0 && marks[contentIndices[k - 1]]) || (k + 1 < contentIndices.Count && marks[contentIndices[k + 1]]);
                if (besideHeader)
                {
                    marks[i] = true;
                    changed = true;
                }
            }
        }

        return marks;
    }
}
