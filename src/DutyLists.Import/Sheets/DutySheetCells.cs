using DutyLists.Import.Cells;
using DutyLists.Import.Model;

namespace DutyLists.Import.Sheets;

/// <summary>
/// How the duty sheet writes the parts of a duty into cells, and reads them back with the shared cell readers, so
/// that what one writes the other reads unchanged.
/// </summary>
public static class DutySheetCells
{
    /// <summary>Lines in a multi-item cell; LF, which Excel writes for Alt+Enter.</summary>
    public const char LineBreak = '\n';

    /// <summary>The brackets around a heading line.</summary>
    public const char HeadingOpen = '【';

    public const char HeadingClose = '】';

    /// <summary>
    /// Departments joined by 、, then the generic tail: <c>县应急管理局、县公安局等其他负有安全生产监督管理职责的部门</c>,
    /// <c>县民政局等部门</c>, or the tail alone when no department is named.
    /// </summary>
    public static string Departments(IEnumerable<string> departments, string? otherDepartments)
    {
        var names = string.Join("、", departments);
        if (string.IsNullOrEmpty(otherDepartments))
        {
            return names;
        }

        // 等部门 already carries its 等; 其他…部门 needs one to read as a tail after names.
        return names.Length == 0 || otherDepartments.StartsWith('等') ? names + otherDepartments : names + "等" + otherDepartments;
    }

    /// <summary>
    /// One entry per line, its numbering as written (<c>1.召开…</c>). A heading — a department's part
    /// (<c>【县自然资源局：】</c>) or a sub-heading (<c>【一、家养动物的管理】</c>) — is written in 【】, since the two
    /// readers mark headings by different rules and only an explicit mark reads back the same.
    /// </summary>
    public static string Entries(IEnumerable<ResponsibilityItem> items) =>
        string.Join(LineBreak, items.Select(Entry));

    /// <summary>One takeover per line: <c>县民政局：依据…</c>; the method alone when no department is named.</summary>
    public static string Takeovers(IEnumerable<Takeover> takeovers) =>
        string.Join(LineBreak, takeovers.Select(t => t.Department is null ? t.Method : $"{t.Department}：{t.Method}"));

    public static string YesNo(bool value) => value ? DutySheetColumns.Yes : DutySheetColumns.No;

    /// <summary>解析可信度 as written: empty for 1, else up to three decimals (<c>0.7</c>).</summary>
    public static string Confidence(double confidence) =>
        confidence >= 1.0 ? string.Empty : confidence.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>解析可信度 read back: 1 for an empty cell; null for anything but a number from 0 to 1.</summary>
    public static double? ReadConfidence(string cell)
    {
        var text = cell.Trim();
        if (text.Length == 0)
        {
            return 1.0;
        }

        return double.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1
            ? value
            : null;
    }

    /// <summary>
    /// Whether the wording of a 承接部门及工作方式 cell still says what the one-per-line takeovers say: every department
    /// and method appears in it (whitespace and markup aside), or, for a duty no longer done, it reads as the same
    /// text. False once an edit changed one of the two.
    /// </summary>
    public static bool WordingAgrees(string wording, TakeoverList takeovers, string takeoverCell)
    {
        var plain = CellText.RemoveWhitespace(HtmlBlocks.PlainText(wording));
        if (plain.Length == 0)
        {
            return false;
        }

        if (takeovers.Takeovers.Count == 0)
        {
            return plain == CellText.RemoveWhitespace(HtmlBlocks.PlainText(takeoverCell));
        }

        return takeovers.Takeovers.All(t =>
            plain.Contains(CellText.RemoveWhitespace(t.Method), StringComparison.Ordinal)
            && (t.Department is null || plain.Contains(CellText.RemoveWhitespace(t.Department), StringComparison.Ordinal)));
    }

    /// <summary>Reads a 对应上级部门 cell as the table reader does: elided prefixes restored, the generic tail split off.</summary>
    public static DepartmentList ReadDepartments(string cell) => DepartmentCell.Parse(cell);

    /// <summary>
    /// Reads a multi-item cell line by line: a line in 【】 is one heading; any other line is read as the table reader
    /// reads a paragraph, so that <c>1.… 2.…</c> typed on one line, or <c>县民政局：负责…</c>, come out as separate entries.
    /// </summary>
    public static IReadOnlyList<ResponsibilityItem> ReadEntries(string cell)
    {
        var items = new List<ResponsibilityItem>();
        foreach (var line in Lines(cell))
        {
            if (line.Length > 2 && line[0] == HeadingOpen && line[^1] == HeadingClose)
            {
                items.Add(ResponsibilityText.Entry(line[1..^1].Trim()) with { IsHeading = true });
            }
            else
            {
                items.AddRange(ResponsibilityText.ParseParagraph(line));
            }
        }

        return items;
    }

    /// <summary>Reads a 承接部门及工作方式 cell line by line, each line as the table reader reads a cell.</summary>
    public static TakeoverList ReadTakeovers(string cell)
    {
        var takeovers = new List<Takeover>();
        var discontinued = false;
        foreach (var line in Lines(cell))
        {
            var read = TakeoverCell.Parse(line);
            takeovers.AddRange(read.Takeovers);
            discontinued |= read.Discontinued;
        }

        return new TakeoverList(takeovers, discontinued);
    }

    /// <summary>是 / 否; null for any other value (empty included).</summary>
    public static bool? ReadYesNo(string cell) => cell.Trim() switch
    {
        DutySheetColumns.Yes => true,
        DutySheetColumns.No => false,
        _ => null,
    };

    private static string Entry(ResponsibilityItem item)
    {
        // 1. + 2025年… must not read back as the number 1.2025: a space keeps the marker apart.
        var gap = item.Number is not null && item.Text.Length > 0 && char.IsAsciiDigit(item.Text[0]) ? " " : string.Empty;
        var text = item.Number is null ? item.Text : item.Number + gap + item.Text;
        return item.IsHeading ? $"{HeadingOpen}{text}{HeadingClose}" : text;
    }

    private static IEnumerable<string> Lines(string cell) =>
        cell.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split(LineBreak)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0);
}
