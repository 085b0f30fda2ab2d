using DutyLists.Import.Cells;
using DutyLists.Import.TableText;
using DepartmentNames = DutyLists.Import.PdfText.DepartmentNames;

namespace DutyLists.Import.Pdf;

/// <summary>
/// Line breaks that may hide a space. A printer draws no space at the end of a wrapped line, and a full line looks the
/// same whether it broke at a space or inside a word (Chinese wraps at any character), so where the source text had
/// a space there (<c>区卫生健康委员会 区工业与信息化局</c>, <c>…报区民政局。 根据…</c>, <c>工作, 记录</c>) the cell is
/// read without it: two departments become one name, two entries one. Such a break is only suspected where the
/// cell itself shows the same punctuation followed by a space inside a line, or, in a 对应上级部门 cell, where a
/// complete department name ends the line and the next line opens with a place prefix; the row is then flagged.
/// </summary>
internal static class HiddenSpaces
{
    /// <summary>How much of the text either side of the break the review reason quotes.</summary>
    private const int Quoted = 6;

    /// <summary>Why a row's words may have lost a space at a line break, or null. Mirrors how <see cref="TableRow"/> joins lines.</summary>
    public static string? Doubt(TableHeader header, IReadOnlyList<(int Page, int Column, PdfWord Word)> words)
    {
        for (var c = 0; c < header.Cells.Count; c++)
        {
            var column = header.Cells[c].Column;
            var cell = words.Where(w => w.Column == c).ToList();
            if (column == Column.Number || cell.Count == 0)
            {
                continue;
            }

            var rightEdge = cell.Max(w => w.Word.XMax);
            var pages = cell.GroupBy(w => w.Page).Select(g => PdfLines.Group(g.Select(w => w.Word))).ToList();
            var spaced = SpacedCharacters(pages.SelectMany(p => p));
            foreach (var lines in pages)
            {
                for (var i = 0; i + 1 < lines.Count; i++)
                {
                    if (HiddenSpace(column, lines[i], lines[i + 1], rightEdge, spaced) is { } doubt)
                    {
                        return doubt;
                    }
                }
            }
        }

        return null;
    }

    private static string? HiddenSpace(Column column, IReadOnlyList<PdfWord> above, IReadOnlyList<PdfWord> below, double rightEdge, HashSet<char> spaced)
    {
        var height = above[0].Height;
        var sameParagraph = below.Min(w => w.YMin) - above.Max(w => w.YMax) <= 0.35 * height;
        var full = above.Max(w => w.XMax) >= rightEdge - (3.5 * height);
        if (!sameParagraph || !full || above[^1].SpaceAfter)
        {
            // A new paragraph, or a break the row already reads as a space.
            return null;
        }

        var (upper, lower) = (PdfLines.Text(above), PdfLines.Text(below));
        var (last, first) = (upper[^1], lower[0]);
        var numbered = column is Column.DepartmentDuties or Column.TownshipDuties or Column.Takeover;
        if ((char.IsAsciiLetterOrDigit(last) && char.IsAsciiLetterOrDigit(first)) || (numbered && ResponsibilityText.StartsWithMarker(lower)))
        {
            return null;
        }

        // In a 对应上级部门 cell a separator splits the names whether a space follows or not.
        var separator = column == Column.Departments && last is '、' or '，' or ',' or '；' or ';';
        var suspect = (spaced.Contains(last) && !separator) || (column == Column.Departments && BetweenDepartments(upper, lower));
        return suspect
            ? $"PDF 换行处不显示空格：“{upper[Math.Max(0, upper.Length - Quoted)..]}”与下一行“{lower[..Math.Min(lower.Length, Quoted)]}”之间原文可能有空格（两个部门或两句），此行按没有空格读取，请对照原件核对"
            : null;
    }

    /// <summary>
    /// Punctuation the cell sets with a space after it inside a line, other than before an entry marker (a space at a
    /// line's end is not drawn). Not letters: <c>县卫生健康委员会 组织…</c> (a label) says nothing of other lines ending 会.
    /// </summary>
    private static HashSet<char> SpacedCharacters(IEnumerable<IReadOnlyList<PdfWord>> lines)
    {
        var spaced = new HashSet<char>();
        foreach (var line in lines)
        {
            var text = PdfLines.Text(line);
            for (var i = 0; i + 1 < text.Length; i++)
            {
                // A space before an entry marker (…处置； 2.对…) says nothing of the text: a marker opens a line anyway.
                if (text[i + 1] == ' ' && char.IsPunctuation(text[i]) && !ResponsibilityText.StartsWithMarker(text[(i + 2)..]))
                {
                    spaced.Add(text[i]);
                }
            }
        }

        return spaced;
    }

    /// <summary>
    /// A complete department name ends the line and a place prefix (or a generic 其他…部门) opens the next, other than
    /// a branch named by its place alone (<c>伊犁州生态环境局</c> / <c>察布查尔县分局</c> is one name).
    /// </summary>
    private static bool BetweenDepartments(string upper, string lower)
    {
        var lastName = upper.Split(' ').Last();
        if (!DepartmentNames.IsComplete(lastName))
        {
            return false;
        }

        if (lower.StartsWith("其他", StringComparison.Ordinal))
        {
            return true;
        }

        return DepartmentName.Prefix(lower) is { } prefix && !lower.AsSpan(prefix.Length).StartsWith("分");
    }
}
