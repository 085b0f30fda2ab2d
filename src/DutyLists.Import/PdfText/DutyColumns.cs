namespace DutyLists.Import.PdfText;

/// <summary>Which duty column a fragment came from.</summary>
internal enum DutyColumn
{
    /// <summary>上级部门职责.</summary>
    Upper,

    /// <summary>乡镇配合职责.</summary>
    Township,

    /// <summary>No line of the fragment wraps, so its width says nothing.</summary>
    Unknown,
}

/// <summary>
/// Tells the two duty columns apart by the width their lines wrap at. The widths are measured, not assumed:
/// the two most common widths of wrapped lines are the two columns (002: 19 and 24 characters), the
/// narrower being the township's (乡镇配合职责 is the last, narrower column of these tables).
/// </summary>
internal sealed class DutyColumns
{
    private DutyColumns(double threshold, double narrow)
    {
        Threshold = threshold;
        NarrowWidth = narrow;
    }

    /// <summary>The narrower column's wrapping width: no line of that column is wider.</summary>
    public double NarrowWidth { get; }

    /// <summary>Wrapped lines wider than this come from the upper department's column.</summary>
    public double Threshold { get; }

    public static DutyColumns Measure(IEnumerable<Piece> dutyPieces)
    {
        var widths = dutyPieces
            .SelectMany(WrappedLines)
            .GroupBy(l => (int)Math.Round(l.Width))
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .ToList();
        if (widths.Count == 0)
        {
            return new DutyColumns(double.MaxValue, double.MaxValue);
        }

        var first = widths[0];
        var second = widths.Skip(1).FirstOrDefault(w => Math.Abs(w - first) >= 3, first);
        return second == first
            ? new DutyColumns(double.MaxValue, double.MaxValue)
            : new DutyColumns((first + second) / 2.0, Math.Min(first, second));
    }

    public DutyColumn Classify(Piece piece)
    {
        // A line padded with ideographic spaces (002 L1958) is exactly as wide as its column.
        var padded = piece.Lines.Where(l => l.Raw.TrimEnd(' ').EndsWith('\u3000')).ToList();
        var wrapped = padded.Count > 0 ? padded : WrappedLines(piece).ToList();
        if (wrapped.Count > 0)
        {
            return wrapped.Max(l => l.Width) > Threshold ? DutyColumn.Upper : DutyColumn.Township;
        }

        // A line wider than the narrow column can only come from the wide one, wrapped or not.
        if (piece.Lines.Any(l => l.Width > NarrowWidth + 1))
        {
            return DutyColumn.Upper;
        }

        // Only the upper department's text is split into parts headed by a department (泽普县委组织部：, 002 L997).
        return piece.Lines.Any(l => IsDepartmentLabel(l.Text)) ? DutyColumn.Upper : DutyColumn.Unknown;
    }

    /// <summary>Lines that continue on the next line: their width is the column's width.</summary>
    private static IEnumerable<PdfLine> WrappedLines(Piece piece)
    {
        for (var i = 0; i + 1 < piece.Lines.Count; i++)
        {
            var line = piece.Lines[i];
            if (!ResponsibilityText.EndsEntry(line.Text) && !ResponsibilityText.StartsEntry(piece.Lines[i + 1].Text))
            {
                yield return line;
            }
        }
    }

    private static bool IsDepartmentLabel(string text) =>
        text.Length >= 5 && text[^1] is '：' or ':' && DepartmentNames.IsComplete(text[..^1]) && !text.Contains('，');
}
