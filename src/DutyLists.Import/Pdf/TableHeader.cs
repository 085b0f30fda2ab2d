using DutyLists.Import.Cells;
using DutyLists.Import.TableText;

namespace DutyLists.Import.Pdf;

/// <summary>
/// A table's header row found on a page: one entry per column, with the header's own text (wrapped header cells such
/// as <c>事项类</c> / <c>别</c> joined) and the horizontal extent of its words.
/// </summary>
public sealed record TableHeader(IReadOnlyList<TableHeader.Cell> Cells)
{
    /// <summary>A header cell: its text, the canonical column and the x extent of its words.</summary>
    public sealed record Cell(string Text, Column Column, double XMin, double XMax)
    {
        public double XCenter => (XMin + XMax) / 2;
    }

    /// <summary>The columns as the table-text layout writes them: one TAB-separated header row.</summary>
    public string Row => string.Join('\t', Cells.Select(c => c.Text));

    public int IndexOf(Column column)
    {
        for (var i = 0; i < Cells.Count; i++)
        {
            if (Cells[i].Column == column)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Reads a band as a header row: its words, grouped into columns by horizontal overlap, must all be header names
    /// (the synonyms <see cref="HeaderRow.Map"/> knows), starting with 序号. Null for any other band.
    /// </summary>
    public static TableHeader? TryRead(Band band)
    {
        if (!band.Words.Any(w => w.Text.StartsWith('序')))
        {
            return null;
        }

        var groups = new List<List<PdfWord>>();
        var reach = double.NegativeInfinity;
        foreach (var word in band.Words.OrderBy(w => w.XMin))
        {
            // Letter-spaced headers (序 号) are one cell; neighbouring cells lie a padding and a border apart. The
            // group's right edge is kept as it grows, not searched for again at every word.
            if (groups.Count > 0 && word.XMin <= reach + (0.4 * word.Height))
            {
                groups[^1].Add(word);
                reach = Math.Max(reach, word.XMax);
            }
            else
            {
                groups.Add([word]);
                reach = word.XMax;
            }
        }

        var cells = new List<Cell>();
        foreach (var group in groups)
        {
            var text = CellText.RemoveWhitespace(string.Concat(PdfLines.Group(group).Select(PdfLines.Text)));
            if (HeaderRow.Map(text) is not { } column)
            {
                return null;
            }

            cells.Add(new Cell(text, column, group.Min(w => w.XMin), group.Max(w => w.XMax)));
        }

        return cells.Count > 1 && cells[0].Column == Column.Number ? new TableHeader(cells) : null;
    }

    /// <summary>Whether two headers name the same columns (a header repeated on the next page).</summary>
    public bool SameColumns(TableHeader other) => Cells.Select(c => c.Column).SequenceEqual(other.Cells.Select(c => c.Column));
}
