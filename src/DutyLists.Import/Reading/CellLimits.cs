using DutyLists.Import.Cells;
using DutyLists.Import.Model;

namespace DutyLists.Import.Reading;

/// <summary>
/// Holds one cell to <see cref="ImportLimits.MaxCellChars"/>, <see cref="ImportLimits.MaxCellTags"/> and
/// <see cref="ImportLimits.MaxCellNesting"/> before any cell reader parses it: the HTML parser's work grows with the
/// square of how deep the markup nests, so 100,000 unclosed <c>&lt;div&gt;</c> in one cell would take minutes.
/// </summary>
public static class CellLimits
{
    /// <summary>Checks every cell of a line whose cells are separated by <paramref name="separator"/>, and the deadline.</summary>
    public static void CheckLine(SourceDocument document, int line, string text, char separator)
    {
        document.Cancellation.ThrowIfCancellationRequested();
        foreach (var cell in text.Split(separator))
        {
            Check(document, line, cell);
        }
    }

    public static void Check(SourceDocument document, int line, string cell)
    {
        var limits = document.Limits;
        if (cell.Length > limits.MaxCellChars)
        {
            throw Refuse(document, line, $"单元格有 {LimitMessages.Count(cell.Length)} 个字符，超过 {LimitMessages.Count(limits.MaxCellChars)} 个字符的上限");
        }

        if (!cell.Contains('<', StringComparison.Ordinal))
        {
            return;
        }

        var (tags, depth) = HtmlBlocks.Measure(cell, limits.MaxCellTags);
        if (tags > limits.MaxCellTags)
        {
            throw Refuse(document, line, $"单元格中的 HTML 标记超过 {LimitMessages.Count(limits.MaxCellTags)} 个的上限");
        }

        if (depth > limits.MaxCellNesting)
        {
            throw Refuse(document, line, $"单元格中的 HTML 元素嵌套超过 {LimitMessages.Count(limits.MaxCellNesting)} 层的上限（可能有未闭合的标记）");
        }
    }

    private static DocumentRejectedException Refuse(SourceDocument document, int line, string reason) =>
        new(document.FileName, line, line > 0 ? $"第{line}行：{reason}，{LimitMessages.Tail}" : $"{reason}，{LimitMessages.Tail}");
}
