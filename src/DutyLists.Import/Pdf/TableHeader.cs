using DutyLists.Import.Cells;
using DutyLists.Import.Model;
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

    /// <summary>The most side-by-side pieces one header cell is found in (序 号 letter-spaced, 事项 / 类别 wrapped).</summary>
    private const int MaxPiecesPerCell = 8;

    /// <summary>
    /// Reads a band as a header row by the list vocabulary (<see cref="ListVocabulary.ColumnOf"/>), not by spacing:
    /// the band's words are cut into pieces that overlap horizontally (a cell's wrapped lines overlap, neighbouring
    /// cells do not), and runs of neighbouring pieces are joined until they name a column (the shortest such run, as
    /// 上级部门职责 would otherwise swallow the 镇配合职责 beside it), so a narrow gap between two cells can no
    /// longer merge them. Every piece must belong to a column and the first
    /// column must be 序号; null for any other band. Linear in the words after one sort.
    /// </summary>
    public static TableHeader? TryRead(Band band)
    {
        if (!band.Words.Any(w => w.Text.StartsWith('序')))
        {
            return null;
        }

        var pieces = new List<List<PdfWord>>();
        var reach = double.NegativeInfinity;
        foreach (var word in band.Words.OrderBy(w => w.XMin))
        {
            if (pieces.Count > 0 && word.XMin < reach - (0.1 * word.Height))
            {
                pieces[^1].Add(word);
                reach = Math.Max(reach, word.XMax);
            }
            else
            {
                pieces.Add([word]);
                reach = word.XMax;
            }
        }

        var cells = new List<Cell>();
        var i = 0;
        while (i < pieces.Count)
        {
            // The longest run spelling a whole header cell seen in documents; else the shortest run naming a column
            // (上级部门职责 would otherwise swallow the 镇配合职责 beside it).
            Cell? cell = null;
            var next = i;
            var words = new List<PdfWord>();
            for (var j = i; j < pieces.Count && j < i + MaxPiecesPerCell; j++)
            {
                words.AddRange(pieces[j]);
                var text = CellText.RemoveWhitespace(string.Concat(PdfLines.Group(words).Select(PdfLines.Text)));
                if (ListVocabulary.ColumnOf(text) is not { } column)
                {
                    continue;
                }

                var known = ListVocabulary.HeaderCellTexts.Contains(ListVocabulary.HeaderCellKey(text));
                if (cell is null || known)
                {
                    cell = new Cell(text, column, words.Min(w => w.XMin), words.Max(w => w.XMax));
                    next = j + 1;
                }
            }

            if (cell is null)
            {
                return null;
            }

            cells.Add(cell);
            i = next;
        }

        return cells.Count > 1 && cells[0].Column == Column.Number ? new TableHeader(cells) : null;
    }

    /// <summary>The most lines a header row is set on (a cell's text wrapped in a narrow column).</summary>
    private const int MaxHeaderLines = 8;

    /// <summary>
    /// An unruled band that opens with a header row set close above the first row (a table starting in mid-page, as
    /// 003's do after each page of the source) cut in two: the header's lines, then the rest. Any other band is
    /// returned as it is. Only bands with a word opening with 序 are tried.
    /// </summary>
    public static IEnumerable<Band> SplitOff(Band band)
    {
        if (band.Slot >= 0 || !band.Words.Any(w => w.Text.StartsWith('序')) || TryRead(band) is not null)
        {
            return [band];
        }

        // The fewest lines that read as a header in the words documents write (上级部门职责 (含提供的履职保障) whole,
        // not its first line, which already names the column); else the fewest that read as a header at all.
        var lines = band.Lines();
        var cut = 0;
        for (var k = 1; k < lines.Count && k <= MaxHeaderLines; k++)
        {
            if (TryRead(new Band([.. lines.Take(k).SelectMany(l => l)])) is not { } header)
            {
                continue;
            }

            if (header.Whole)
            {
                cut = k;
                break;
            }

            cut = cut == 0 ? k : cut;
        }

        return cut == 0
            ? [band]
            : [new Band([.. lines.Take(cut).SelectMany(l => l)]), new Band([.. lines.Skip(cut).SelectMany(l => l)])];
    }

    /// <summary>Whether every cell reads as a header cell documents write (<see cref="ListVocabulary.HeaderCellTexts"/>).</summary>
    public bool Whole => Cells.All(c => ListVocabulary.HeaderCellTexts.Contains(ListVocabulary.HeaderCellKey(c.Text)));

    /// <summary>
    /// A header row cut by a page break (LibreOffice sets a header's first lines at the foot of a page and the rest,
    /// such as 事项类 / 别 and 对应上级 / 部门, at the top of the next): the page's last band read together with the
    /// fewest first lines of the next page's first band that make a header in the words documents write, when the
    /// last band alone does not. Read alone, the foot's lines join into false cells (事项类事项名称…乡镇配合职责) and
    /// the next page's lines would go into the rows. Returns the header's band (the next page's lines set just below
    /// the last band) and what is left of the first band (null when nothing); null when they do not make a header.
    /// </summary>
    public static (Band Header, Band? Remainder)? AcrossPageBreak(Band last, Band first)
    {
        if (!last.Words.Concat(first.Words).Any(w => w.Text.StartsWith('序')) || TryRead(last) is { Whole: true })
        {
            return null;
        }

        var lines = first.Lines();
        var shift = last.YMax - first.YMin + (0.25 * first.Words.Max(w => w.Height));
        var words = new List<PdfWord>(last.Words);
        for (var k = 1; k <= lines.Count && k <= MaxHeaderLines; k++)
        {
            words.AddRange(lines[k - 1].Select(w => w with { YMin = w.YMin + shift, YMax = w.YMax + shift }));
            var joined = new Band(words) { Slot = last.Slot };
            if (TryRead(joined) is { Whole: true })
            {
                return (joined, k == lines.Count ? null : new Band([.. lines.Skip(k).SelectMany(l => l)]) { Slot = first.Slot });
            }
        }

        return null;
    }

    /// <summary>Whether two headers name the same columns (a header repeated on the next page).</summary>
    public bool SameColumns(TableHeader other) => Cells.Select(c => c.Column).SequenceEqual(other.Cells.Select(c => c.Column));
}
