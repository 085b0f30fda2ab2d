namespace DutyLists.Import.Pdf;

/// <summary>
/// Where one column ends and the next begins. Header cells are centred over their columns, so a column's text starts
/// left of its header and right of the previous header; the border is the empty vertical strip (gutter) in front of
/// that start, and of several candidates the one where most words start, as left-aligned cell text lines up there.
/// </summary>
public sealed class ColumnBounds
{
    private readonly double[] _borders;

    private ColumnBounds(double[] borders, bool measured) => (_borders, Measured) = (borders, measured);

    /// <summary>Whether body words placed the borders; without any they only lie between the header cells.</summary>
    public bool Measured { get; }

    public static ColumnBounds Find(TableHeader header, IReadOnlyCollection<PdfWord> body)
    {
        // A word that runs from over one header cell to over the next is no column's text (a note under the table);
        // its extent would close the gutter between them.
        body = [.. body.Where(w => !SpansHeaders(header, w))];
        var gutters = Gutters(body);
        var starts = body.Select(w => w.XMin).Order().ToArray();
        var borders = new double[header.Cells.Count - 1];
        // Where each column's text starts (the end of the gutter before it), left-aligned from its cell's left edge.
        var textStarts = new double[borders.Length];
        for (var i = 0; i < borders.Length; i++)
        {
            var (left, right) = (header.Cells[i].XMax, header.Cells[i + 1].XMin);
            var candidates = gutters.Where(g => g.End > left && g.End <= right + 2).ToList();
            if (candidates.Count == 0)
            {
                // The next column has no words here: any x between the two headers keeps this column's words left of it.
                borders[i] = right - 1;
                textStarts[i] = right - 1;
                continue;
            }

            // Where as many words start at two gutters (a table's one line at a page foot: 001 at 14 pt on A4
            // landscape, where a space inside the cell was wider than the gutter after it), the header centred over
            // the column it closes tells.
            var best = candidates
                .OrderByDescending(g => StartsNear(starts, g.End))
                .ThenBy(g => i == 0 ? 0 : Math.Abs(((textStarts[i - 1] + g.End) / 2) - header.Cells[i].XCenter))
                .ThenByDescending(g => g.End - Math.Max(g.Start, left))
                .First();
            borders[i] = (Math.Max(best.Start, left) + best.End) / 2;
            textStarts[i] = best.End;
        }

        return new ColumnBounds(borders, body.Count > 0);
    }

    /// <summary>
    /// Whether a word starts left of one header cell's right edge and ends right of the next cell's left edge: a
    /// column's text stays between its neighbours' headers, as a header is centred over (or starts at) its column.
    /// </summary>
    private static bool SpansHeaders(TableHeader header, PdfWord word)
    {
        for (var i = 0; i + 1 < header.Cells.Count; i++)
        {
            if (word.XMin < header.Cells[i].XMax && word.XMax > header.Cells[i + 1].XMin)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words start less than 1.5 from <paramref name="x"/>, found by binary search in the sorted starts.</summary>
    private static int StartsNear(double[] starts, double x)
    {
        var from = LowerBound(starts, x - 1.5, inclusive: false);
        var to = LowerBound(starts, x + 1.5, inclusive: true);
        return Math.Max(0, to - from);
    }

    /// <summary>The index of the first start above <paramref name="value"/> (or at it, when not <paramref name="inclusive"/>).</summary>
    private static int LowerBound(double[] starts, double value, bool inclusive)
    {
        var (low, high) = (0, starts.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (inclusive ? starts[middle] < value : starts[middle] <= value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The column a word belongs to, by its horizontal centre.</summary>
    public int ColumnOf(PdfWord word)
    {
        var column = 0;
        while (column < _borders.Length && word.XCenter >= _borders[column])
        {
            column++;
        }

        return column;
    }

    /// <summary>Whether a word runs across a border by more than a character: text laid over the page, not in a cell.</summary>
    public bool Crosses(PdfWord word) => _borders.Any(b => word.XMin < b - word.Height && word.XMax > b + word.Height);

    /// <summary>The x stretches no body word covers, including those left and right of all words.</summary>
    private static List<(double Start, double End)> Gutters(IEnumerable<PdfWord> body)
    {
        var gutters = new List<(double Start, double End)>();
        var reach = double.NegativeInfinity;
        foreach (var word in body.OrderBy(w => w.XMin))
        {
            if (word.XMin > reach)
            {
                gutters.Add((reach, word.XMin));
            }

            reach = Math.Max(reach, word.XMax);
        }

        gutters.Add((reach, double.PositiveInfinity));
        return gutters;
    }
}
