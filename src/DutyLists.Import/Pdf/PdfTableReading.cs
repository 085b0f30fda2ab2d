using System.Text.RegularExpressions;
using DutyLists.Import.Model;
using DutyLists.Import.TableText;

namespace DutyLists.Import.Pdf;

/// <summary>
/// One pass over a PDF's pages that writes the table-text layout: text outside tables line by line, each table's
/// header once, then one TAB-separated line per numbered row. A row starts where a number stands in the 序号 column;
/// its extent comes from the ruling lines where the table has them, else from where its cells centre on the number
/// (decision 0018), so cells that wrap, are vertically centred or run onto the next page stay in their row.
/// Repeated headers and page numbers are dropped.
/// </summary>
public sealed partial class PdfTableReading
{
    private readonly List<string> _lines = [];
    private TableHeader? _header;
    private ColumnBounds? _bounds;
    private TableRow? _row;

    /// <summary>The open row when it was seen to end on its page (unruled tables), so the next page does not continue it.</summary>
    private TableRow? _rowEndedOnPage;

    /// <summary>Words of a row whose number has not been seen yet (a row split over a page break, numbered below).</summary>
    private readonly List<(int Page, int Column, PdfWord Word)> _pending = [];

    /// <summary>How far a text line's centre lies below a number's centre on the same row (fonts differ).</summary>
    private double _numberOffset;

    private CancellationToken _ct;

    public bool FoundTable { get; private set; }

    /// <summary>Reads the pages; every page and band checks <paramref name="ct"/>, so a deadline stops it between bands.</summary>
    public string Read(IReadOnlyList<PdfPage> pages, CancellationToken ct = default)
    {
        _ct = ct;
        var bands = pages.Count > 0 ? Bands(pages[0]) : [];
        for (var k = 0; k < pages.Count; k++)
        {
            ct.ThrowIfCancellationRequested();
            var next = k + 1 < pages.Count ? Bands(pages[k + 1]) : [];
            if (bands.Count > 0 && next.Count > 0 && TableHeader.AcrossPageBreak(bands[^1], next[0]) is var (header, rest))
            {
                // A header cut by the page break is read whole at the page's foot; its last lines leave the next page.
                bands[^1] = header;
                next.RemoveAt(0);
                if (rest is not null)
                {
                    next.Insert(0, rest);
                }
            }

            ReadPage(pages[k], bands);
            bands = next;
        }

        CloseTable();
        return string.Join('\n', _lines);
    }

    private static List<Band> Bands(PdfPage page) =>
        Band.Of(page.Words, page.Rulings).Where(b => !IsPageNumber(b, page)).SelectMany(TableHeader.SplitOff).ToList();

    private void ReadPage(PdfPage page, List<Band> bands)
    {
        var i = 0;
        var atPageTop = true;
        while (i < bands.Count)
        {
            _ct.ThrowIfCancellationRequested();
            if (TableHeader.TryRead(bands[i]) is { } header)
            {
                StartTable(header);
                var end = SegmentEnd(bands, i + 1);
                // A category row spanning the table (003's 一、党的建设（1项）) lies over the gutters: not a column's text.
                _bounds = ColumnBounds.Find(header, [.. bands[(i + 1)..end].SelectMany(ColumnWords)]);
                i = ReadBody(page.Number, bands[(i + 1)..end], atPageTop, end == bands.Count) + i + 1;
                atPageTop = false;
            }
            else if (i == 0 && _header is not null && _bounds is not null && ContinuedBounds(bands) is { } bounds)
            {
                // The table goes on without a repeated header.
                _bounds = bounds;
                var end = SegmentEnd(bands, 0);
                i = ReadBody(page.Number, bands[..end], atPageTop, end == bands.Count);
                atPageTop = false;
            }
            else
            {
                CloseTable();
                WriteText(bands[i]);
                i++;
            }
        }
    }

    /// <summary>
    /// The columns of a page that goes on with the table but shows no header: the previous page's when its words
    /// placed them and they fit the first band; else found from the last header seen and this page's words
    /// (LibreOffice sets a header alone at the foot of a page, with no rows to place its columns, and the rows
    /// with new widths on the next); null when neither fits (text over the page ends the table).
    /// </summary>
    private ColumnBounds? ContinuedBounds(List<Band> bands)
    {
        if (_bounds!.Measured && !IsText(bands[0], _bounds))
        {
            return _bounds;
        }

        var found = ColumnBounds.Find(_header!, [.. bands[..SegmentEnd(bands, 0)].SelectMany(b => b.Words)]);
        return !IsText(bands[0], found) ? found : !IsText(bands[0], _bounds) ? _bounds : null;
    }

    private void StartTable(TableHeader header)
    {
        FoundTable = true;
        if (_header is not null && _header.SameColumns(header))
        {
            // A repeat: not written again, but its cells place the columns until the next header.
            _header = header;
            return;
        }

        CloseTable();
        _header = header;
        _lines.Add(header.Row);
    }

    private void CloseTable()
    {
        CloseRow();
        _header = null;
        _bounds = null;
    }

    /// <summary>Ends the open row; words still waiting for a number stay with it rather than be lost.</summary>
    private void CloseRow()
    {
        if (_row is not null)
        {
            GivePending();
        }

        _pending.Clear();
        Flush();
    }

    private void Flush()
    {
        if (_row is not null && _header is not null)
        {
            _lines.Add(_row.Write(_header, _ct));
        }

        _row = null;
    }

    /// <summary>The words that waited for a number go to the open row.</summary>
    private void GivePending()
    {
        foreach (var (page, column, word) in _pending)
        {
            _row!.Add(page, column, word);
        }

        _pending.Clear();
    }

    /// <summary>A table runs until the next header row or list heading.</summary>
    private static int SegmentEnd(List<Band> bands, int start)
    {
        var end = start;
        while (end < bands.Count && TableHeader.TryRead(bands[end]) is null && !IsHeading(bands[end]))
        {
            end++;
        }


        return end;
    }

    /// <summary>
    /// Reads the body bands of one table on one page; returns how many were table rows. <paramref name="atPageEnd"/>:
    /// the bands run to the page's foot, so their last row may go on overleaf; rows closed by a category row, a note or
    /// a header below them ended where they stand.
    /// </summary>
    private int ReadBody(int page, List<Band> bands, bool atPageTop, bool atPageEnd)
    {
        var bounds = _bounds!;
        var header = _header!;
        var numberColumn = header.IndexOf(Column.Number);
        var count = 0;
        var parts = new List<(Band Band, int? Number)>();
        foreach (var band in bands)
        {
            _ct.ThrowIfCancellationRequested();
            if (IsText(band, bounds) || HasCategoryLine(band, bounds, numberColumn))
            {
                // An unruled category row set close to the rows around it shares their band: cut it out first. So
                // may a note under the table share the last row's band: the rows above it are read, then it ends the table.
                if (WithCategoryRowsApart(band, bounds, numberColumn, out var note) is not { } pieces)
                {
                    break;
                }

                foreach (var piece in pieces)
                {
                    if (CategoryRow(piece) is not { } category)
                    {
                        parts.AddRange(SplitAtNumbers(piece, bounds, numberColumn));
                        continue;
                    }

                    // 003's 一、党的建设（1项） spans the row: it closes the rows above and is written as a row of its own.
                    AssignAndWrite(page, parts, atPageTop, atPageEnd: false);
                    parts.Clear();
                    atPageTop = false;
                    CloseRow();
                    _lines.Add(category + new string('\t', header.Cells.Count - 1));
                }

                count++;
                if (note is not null)
                {
                    AssignAndWrite(page, parts, atPageTop, atPageEnd: false);
                    CloseTable();
                    WriteText(note);
                    return count;
                }

                continue;
            }

            parts.AddRange(SplitAtNumbers(band, bounds, numberColumn));
            count++;
        }

        AssignAndWrite(page, parts, atPageTop, atPageEnd && count == bands.Count);
        return count;
    }

    /// <summary>
    /// Gives every band's words to a row: by the ruled strips where the table has rulings, else by where each
    /// column's lines centre (cells are set vertically centred, so a cell's lines centre on its row's number).
    /// </summary>
    private void AssignAndWrite(int page, List<(Band Band, int? Number)> parts, bool atPageTop, bool atPageEnd)
    {
        if (parts.Count == 0)
        {
            return;
        }

        if (parts.All(p => p.Band.Slot >= 0))
        {
            AssignBySlots(page, parts, atPageTop);
        }
        else
        {
            AssignByCentres(page, parts, atPageTop, atPageEnd);
        }
    }

    /// <summary>
    /// A ruled strip is one row's part on this page. A strip with a number starts that row; a strip without one at the
    /// top of a page continues the row left open on the page before (its 序号 cell is empty there); elsewhere it waits
    /// for the next number, as a row split over a page break may show its number only on the second page.
    /// </summary>
    private void AssignBySlots(int page, List<(Band Band, int? Number)> parts, bool atPageTop)
    {
        var firstSlot = parts[0].Band.Slot;
        var rowSlot = -1;
        foreach (var (band, number) in parts)
        {
            _ct.ThrowIfCancellationRequested();
            if (number is { } n)
            {
                StartRow(n, null);
                GivePending();
                rowSlot = band.Slot;
                AddWords(page, band.Words);
            }
            else if (band.Slot == rowSlot || (atPageTop && band.Slot == firstSlot && _row is not null && _pending.Count == 0))
            {
                rowSlot = band.Slot;
                AddWords(page, band.Words);
            }
            else
            {
                _pending.AddRange(band.Words.Select(w => (page, _bounds!.ColumnOf(w), w)));
            }
        }
    }

    /// <summary>
    /// Unruled tables: cells are set vertically centred, so a row's bands (its tallest cell) lie symmetric about its
    /// number. Row n runs from the first band not yet taken to the band whose bottom mirrors that top about the
    /// number's centre. At the top of a page, bands before the first row's symmetric start continue the row left open
    /// on the page before (a row split at a page break starts at the top of each part); the page's last row takes
    /// the rest. Each band is looked at a bounded number of times, so the pass is linear in the bands.
    /// </summary>
    private void AssignByCentres(int page, List<(Band Band, int? Number)> parts, bool atPageTop, bool atPageEnd)
    {
        var numbered = Enumerable.Range(0, parts.Count).Where(k => parts[k].Number is not null).ToList();
        if (numbered.Count == 0)
        {
            // A page of the open row's text alone: the row went on, whether or not it looked ended on the page before
            // (a row judged centred at one page's foot and run on over two more, 003 at 14 pt on A5, #64).
            Continue(page, parts, 0, parts.Count);
            if (_row is not null && ReferenceEquals(_row, _rowEndedOnPage))
            {
                _rowEndedOnPage = null;
            }

            return;
        }

        MeasureNumberOffset(parts);
        var mayContinue = _row is not null && atPageTop && !ReferenceEquals(_row, _rowEndedOnPage);
        var starts = RowStarts(parts, numbered, mayContinue, atPageEnd);
        var doubtful = Doubtful(parts, numbered, starts, atPageEnd);
        if (mayContinue && doubtful[0])
        {
            _row!.Doubt = UnruledDoubt;
        }

        Continue(page, parts, 0, starts[0]);
        for (var n = 0; n < numbered.Count; n++)
        {
            _ct.ThrowIfCancellationRequested();
            var end = n + 1 == numbered.Count ? parts.Count : starts[n + 1];
            StartRow(parts[numbered[n]].Number!.Value, doubtful[n] ? UnruledDoubt : null);
            GivePending();
            for (var k = starts[n]; k < end; k++)
            {
                AddWords(page, parts[k].Band.Words);
            }
        }

        if (!atPageEnd || EndsOnPage(parts, starts[^1], numbered[^1]))
        {
            _rowEndedOnPage = _row;
        }
    }

    /// <summary>
    /// Whether the page's last row ended on the page: it lies centred on its number over more than one line. A row
    /// split at a page break is set from the top of its cells, so its part here is centred only when it is one line
    /// high, which cannot tell; bands at the top of the next page then go to the row numbered there rather than
    /// continue this one (LibreOffice sets a cell of a row that starts on a new page at the top, the others centred).
    /// </summary>
    private bool EndsOnPage(List<(Band Band, int? Number)> parts, int start, int number)
    {
        var (centre, tolerance) = Centre(parts[number]);
        var height = parts[^1].Band.YMax - parts[start].Band.YMin;
        return height > 1.5 * NumberWord(parts[number]).Height
            && Asymmetry(ColumnExtents(parts), start, parts.Count, centre) <= tolerance;
    }

    /// <summary>
    /// Writes the open row and opens row <paramref name="number"/>. A number that does not follow the row before
    /// (one missing from the run, or out of order) means a row may have been lost or its words given to a
    /// neighbour, so both rows are flagged.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(_row))]
    private void StartRow(int number, string? doubt)
    {
        if (_row is not null && number != _row.Number + 1)
        {
            _row.Doubt ??= NumberingDoubt;
            doubt ??= NumberingDoubt;
        }

        Flush();
        _row = new TableRow(number) { Doubt = doubt };
    }

    private const string NumberingDoubt = "PDF 表格中此行与相邻行的序号不相接，其间的行可能缺失或错位，请对照原件核对";

    private const string UnruledDoubt = "PDF 表格没有框线，此行与相邻行的分界按单元格居中推断，不能确定，请对照原件核对";

    /// <summary>
    /// Rows whose cut is in doubt: a row not symmetric about its number within the tolerance, and the rows on either
    /// side, one of which holds what it lacks or lacks what it holds. The page's last row is not judged when the bands
    /// run to the page's foot (a row split at a page break starts at the top of each part); before a header, a
    /// category row or a note it ended where it stands and is judged like the others.
    /// </summary>
    private bool[] Doubtful(List<(Band Band, int? Number)> parts, List<int> numbered, int[] starts, bool atPageEnd)
    {
        var extents = ColumnExtents(parts);
        var doubtful = new bool[numbered.Count];
        var judged = atPageEnd ? numbered.Count - 1 : numbered.Count;
        for (var n = 0; n < judged; n++)
        {
            var (centre, tolerance) = Centre(parts[numbered[n]]);
            var end = n + 1 < numbered.Count ? starts[n + 1] : parts.Count;
            if (Asymmetry(extents, starts[n], end, centre) > tolerance)
            {
                for (var m = Math.Max(0, n - 1); m <= Math.Min(n + 1, numbered.Count - 1); m++)
                {
                    doubtful[m] = true;
                }
            }
        }

        return doubtful;
    }

    /// <summary>Each band's extent in each column but the number's: top and bottom pairs, NaN where it has no words there.</summary>
    private double[][] ColumnExtents(List<(Band Band, int? Number)> parts)
    {
        var columns = _header!.Cells.Count;
        var numberColumn = _header.IndexOf(Column.Number);
        var extents = new double[parts.Count][];
        for (var k = 0; k < parts.Count; k++)
        {
            var extent = new double[2 * columns];
            Array.Fill(extent, double.NaN);
            foreach (var word in parts[k].Band.Words)
            {
                var column = _bounds!.ColumnOf(word);
                if (column == numberColumn)
                {
                    continue;
                }

                extent[2 * column] = double.IsNaN(extent[2 * column]) ? word.YMin : Math.Min(extent[2 * column], word.YMin);
                extent[(2 * column) + 1] = double.IsNaN(extent[(2 * column) + 1]) ? word.YMax : Math.Max(extent[(2 * column) + 1], word.YMax);
            }

            extents[k] = extent;
        }

        return extents;
    }

    /// <summary>
    /// How far bands start..end-1 are from all starting level with the number: a row split at a page break is set
    /// from the top of its cells, not centred.
    /// </summary>
    private static double Misalignment(double[][] extents, int start, int end, double top)
    {
        var columns = extents.Length == 0 ? 0 : extents[0].Length / 2;
        var worst = 0.0;
        for (var c = 0; c < columns; c++)
        {
            var first = double.NaN;
            for (var k = start; k < end && double.IsNaN(first); k++)
            {
                first = extents[k][2 * c];
            }

            if (!double.IsNaN(first))
            {
                worst = Math.Max(worst, Math.Abs(first - top));
            }
        }

        return worst;
    }

    /// <summary>
    /// How far bands start..end-1, taken as one row, are from lying centred on <paramref name="centre"/>: every
    /// column's cell is set vertically centred, so the worst column's |top + bottom − 2 × centre| (a paragraph handed
    /// to the wrong row unbalances its column even when the rows' outlines happen to mirror).
    /// </summary>
    private static double Asymmetry(double[][] extents, int start, int end, double centre)
    {
        var columns = extents.Length == 0 ? 0 : extents[0].Length / 2;
        var worst = 0.0;
        for (var c = 0; c < columns; c++)
        {
            var (top, bottom) = (double.NaN, double.NaN);
            for (var k = start; k < end; k++)
            {
                var (t, b) = (extents[k][2 * c], extents[k][(2 * c) + 1]);
                if (!double.IsNaN(t))
                {
                    top = double.IsNaN(top) ? t : Math.Min(top, t);
                    bottom = double.IsNaN(bottom) ? b : Math.Max(bottom, b);
                }
            }

            if (!double.IsNaN(top))
            {
                worst = Math.Max(worst, Math.Abs(top + bottom - (2 * centre)));
            }
        }

        return worst;
    }

    /// <summary>Most candidate boundaries weighed for one page's rows; past it each row is cut on its own.</summary>
    private const long BoundaryBudget = 1_000_000;

    /// <summary>
    /// Where each row starts (a band index): row n starts after row n-1's number and at or before its own. Of all
    /// the ways to cut, the one whose rows lie most nearly symmetric about their numbers (the sum of each row's
    /// |top + bottom − 2 × centre|), found by dynamic programming over the boundaries, so that one row mirrored by
    /// chance (rows and paragraphs of like height) cannot shift its neighbours. The page's last row may be split at
    /// the page break and then set from the top of its cells, so where the bands run to the page's foot it is judged
    /// as centred or as top-aligned, whichever fits; the first row's start is free only when a row
    /// from the page before may continue above it. Work is the sum over rows of the products of neighbouring rows'
    /// candidates, bounded by <see cref="BoundaryBudget"/>.
    /// </summary>
    private int[] RowStarts(List<(Band Band, int? Number)> parts, List<int> numbered, bool mayContinue, bool atPageEnd)
    {
        var rows = numbered.Count;
        var centres = numbered.Select(k => Centre(parts[k])).ToArray();
        var tops = numbered.Select(k => NumberWord(parts[k]).YMin + _numberOffset).ToArray();

        var extents = ColumnExtents(parts);
        var bottoms = new double[parts.Count + 1];
        bottoms[0] = double.NegativeInfinity;
        for (var k = 0; k < parts.Count; k++)
        {
            bottoms[k + 1] = Math.Max(bottoms[k], parts[k].Band.YMax);
        }

        (int From, int To) Candidates(int row) => row == 0 ? (0, mayContinue ? numbered[0] : 0) : (numbered[row - 1] + 1, numbered[row]);

        double Asymmetry(int row, int start, int end) => PdfTableReading.Asymmetry(extents, start, end, centres[row].Centre);

        // A wider gap above a start is a slightly likelier row boundary, when symmetry cannot tell.
        double GapBonus(int start) => start == 0 ? 0 : 1e-3 * Math.Max(0, parts[start].Band.YMin - bottoms[start]);

        long work = 0;
        for (var row = 0; row + 1 < rows; row++)
        {
            var (a, b) = (Candidates(row), Candidates(row + 1));
            work += (long)(a.To - a.From + 1) * (b.To - b.From + 1) * (b.To - a.From + 1);
        }

        var starts = new int[rows];
        if (work > BoundaryBudget)
        {
            // Pathological pages: each row ends at the band that best mirrors its start, one row after the other.
            starts[0] = Candidates(0).To;
            for (var row = 0; row + 1 < rows; row++)
            {
                starts[row + 1] = RowEnd(parts, starts[row], numbered[row], numbered[row + 1], centres[row]);
            }

            return starts;
        }

        // cost[row][i]: the least cost of rows before `row` when `row` starts at candidate i; from[row][i] the choice.
        var cost = new double[rows][];
        var from = new int[rows][];
        var (first, last) = Candidates(0);
        cost[0] = new double[last - first + 1];
        from[0] = new int[last - first + 1];
        for (var i = 0; i < cost[0].Length; i++)
        {
            cost[0][i] = -GapBonus(first + i);
        }

        for (var row = 0; row + 1 < rows; row++)
        {
            _ct.ThrowIfCancellationRequested();
            var (aFrom, aTo) = Candidates(row);
            var (bFrom, bTo) = Candidates(row + 1);
            cost[row + 1] = new double[bTo - bFrom + 1];
            from[row + 1] = new int[bTo - bFrom + 1];
            for (var j = 0; j < cost[row + 1].Length; j++)
            {
                var (best, choice) = (double.PositiveInfinity, 0);
                for (var i = 0; i <= aTo - aFrom; i++)
                {
                    var total = cost[row][i] + Asymmetry(row, aFrom + i, bFrom + j);
                    if (total < best)
                    {
                        (best, choice) = (total, i);
                    }
                }

                cost[row + 1][j] = best - GapBonus(bFrom + j);
                from[row + 1][j] = choice;
            }
        }

        var lastRow = rows - 1;
        var (lFrom, lTo) = Candidates(lastRow);
        var (bestLast, pick) = (double.PositiveInfinity, 0);
        for (var i = 0; i <= lTo - lFrom; i++)
        {
            var centred = Asymmetry(lastRow, lFrom + i, parts.Count);
            var total = cost[lastRow][i] + (atPageEnd ? Math.Min(centred, Misalignment(extents, lFrom + i, parts.Count, tops[lastRow])) : centred);
            if (total < bestLast)
            {
                (bestLast, pick) = (total, i);
            }
        }

        for (var row = lastRow; row >= 0; row--)
        {
            starts[row] = Candidates(row).From + pick;
            pick = from[row][pick];
        }

        return starts;
    }

    /// <summary>Bands that continue the open row, or wait for the next number when none is open.</summary>
    private void Continue(int page, List<(Band Band, int? Number)> parts, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (_row is not null)
            {
                AddWords(page, parts[k].Band.Words);
            }
            else
            {
                _pending.AddRange(parts[k].Band.Words.Select(w => (page, _bounds!.ColumnOf(w), w)));
            }
        }
    }

    /// <summary>
    /// The row's vertical centre from its number's word, and how far a band's bottom may lie from the mirror of the
    /// row's top. Digits are set in another font than the text, whose line box sits a little higher or lower: the
    /// offset is measured where a one-line cell stands beside the number (<see cref="MeasureNumberOffset"/>).
    /// </summary>
    private (double Centre, double Tolerance) Centre((Band Band, int? Number) part)
    {
        var word = NumberWord(part);
        return (word.YCenter + _numberOffset, 0.25 * word.Height);
    }

    private PdfWord NumberWord((Band Band, int? Number) part)
    {
        var numberColumn = _header!.IndexOf(Column.Number);
        var text = part.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return part.Band.Words.FirstOrDefault(w => w.Text == text && _bounds!.ColumnOf(w) == numberColumn) ?? part.Band.Words[0];
    }

    /// <summary>
    /// The median distance between a number's centre and the centre of a text line beside it in the same band (a
    /// one-line cell, centred on the row as the number is); kept from earlier pages when this one has none.
    /// </summary>
    private void MeasureNumberOffset(List<(Band Band, int? Number)> parts)
    {
        var offsets = new List<double>();
        foreach (var part in parts)
        {
            if (part.Number is null)
            {
                continue;
            }

            var number = NumberWord(part);
            var beside = part.Band.Words
                .Where(w => w != number && Math.Abs(w.Height - number.Height) < 0.1 * number.Height)
                .Select(w => w.YCenter - number.YCenter)
                .Where(d => Math.Abs(d) < 0.2 * number.Height)
                .ToList();
            if (beside.Count > 0)
            {
                offsets.Add(beside.MinBy(Math.Abs));
            }
        }

        if (offsets.Count > 0)
        {
            offsets.Sort();
            _numberOffset = offsets[offsets.Count / 2];
        }
    }

    /// <summary>The end (exclusive) of the row starting at band <paramref name="start"/>, before the next number's band.</summary>
    private static int RowEnd(List<(Band Band, int? Number)> parts, int start, int number, int next, (double Centre, double Tolerance) row)
    {
        var wanted = (2 * row.Centre) - parts[start].Band.YMin;
        var end = number;
        while (end + 1 < next && parts[end + 1].Band.YMax <= wanted + row.Tolerance)
        {
            end++;
        }

        return end + 1;
    }

    private void AddWords(int page, IEnumerable<PdfWord> words)
    {
        foreach (var word in words)
        {
            _row!.Add(page, _bounds!.ColumnOf(word), word);
        }
    }

    /// <summary>
    /// A band holds one row's number at most; two numbers in one band (rows set so tight that no gap separates
    /// them) are cut halfway between the numbers. An unruled band is first cut again without its numbers: digits are
    /// set in another font whose taller box can bridge the gap between two rows (LibreOffice, 003 at 9 pt on A5: the
    /// last lines of a row continued from the page before touched the next row only through its number's box).
    /// </summary>
    private static IEnumerable<(Band Band, int? Number)> SplitAtNumbers(Band band, ColumnBounds bounds, int numberColumn)
    {
        var numbers = band.Words
            .Where(w => bounds.ColumnOf(w) == numberColumn && int.TryParse(w.Text, out _))
            .OrderBy(w => w.YMin)
            .ToList();
        if (band.Slot < 0 && numbers.Count > 0 && WithoutNumbers(band, numbers) is { Count: > 1 } pieces)
        {
            return pieces.SelectMany(p => SplitAtNumbers(p, bounds, numberColumn));
        }

        return SplitAtNumbers(band, numbers);
    }

    /// <summary>
    /// The band cut into bands by its words but the numbers, each number going with the piece its centre lies in (or
    /// the nearest); null when the numbers bridge no gap.
    /// </summary>
    private static List<Band>? WithoutNumbers(Band band, List<PdfWord> numbers)
    {
        var others = band.Words.Where(w => !numbers.Contains(w)).ToList();
        if (others.Count == 0 || Band.Of(others) is not { Count: > 1 } cut)
        {
            return null;
        }

        var words = cut.Select(b => b.Words.ToList()).ToList();
        foreach (var number in numbers)
        {
            var nearest = Enumerable.Range(0, cut.Count)
                .MinBy(k => Math.Max(0, Math.Max(cut[k].YMin - number.YCenter, number.YCenter - cut[k].YMax)));
            words[nearest].Add(number);
        }

        return [.. words.Select(w => new Band([.. w.OrderBy(x => x.YMin).ThenBy(x => x.XMin)]))];
    }

    private static IEnumerable<(Band Band, int? Number)> SplitAtNumbers(Band band, List<PdfWord> numbers)
    {
        if (numbers.Count <= 1)
        {
            yield return (band, numbers.Count == 1 ? int.Parse(numbers[0].Text) : null);
            yield break;
        }

        for (var n = 0; n < numbers.Count; n++)
        {
            var top = n == 0 ? double.MinValue : (numbers[n - 1].YCenter + numbers[n].YCenter) / 2;
            var bottom = n + 1 == numbers.Count ? double.MaxValue : (numbers[n].YCenter + numbers[n + 1].YCenter) / 2;
            var words = band.Words.Where(w => w.YCenter >= top && w.YCenter < bottom).ToList();
            yield return (new Band(words) { Slot = band.Slot }, int.Parse(numbers[n].Text));
        }
    }

    /// <summary>Text laid over the page rather than in a cell: a word runs across a column border.</summary>
    private static bool IsText(Band band, ColumnBounds bounds) => band.Words.Any(bounds.Crosses);

    private static bool IsHeading(Band band) =>
        band.Lines() is [var line] && SectionHeading.TryRead(PdfLines.Text(line)) is not null;

    /// <summary>
    /// A band with category rows (<c>二、社会管理（4项）</c>, each on a line of its own) or other lines that cross the
    /// column borders, cut into those rows and the runs of lines between them. From the first other line that crosses
    /// a border on, the band is text laid over the page (<paramref name="note"/>, which ends the table); null when that
    /// is its first line, or when it holds neither.
    /// </summary>
    private static List<Band>? WithCategoryRowsApart(Band band, ColumnBounds bounds, int numberColumn, out Band? note)
    {
        note = null;
        var pieces = new List<Band>();
        var run = new List<PdfWord>();
        var found = false;
        var lines = band.Lines();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var category = IsCategoryLine(line, bounds, numberColumn);
            if (!category && !line.Any(bounds.Crosses))
            {
                run.AddRange(line);
                continue;
            }

            if (!category)
            {
                if (i == 0)
                {
                    return null;
                }

                note = new Band([.. lines.Skip(i).SelectMany(l => l)]);
                found = true;
                break;
            }

            if (run.Count > 0)
            {
                pieces.Add(new Band(run) { Slot = band.Slot });
                run = [];
            }

            pieces.Add(new Band(line) { Slot = band.Slot });
            found = true;
        }

        if (run.Count > 0)
        {
            pieces.Add(new Band(run) { Slot = band.Slot });
        }

        return found ? pieces : null;
    }

    /// <summary>
    /// A category row's line: it reads as one (<c>九、生态环保(7项)</c>) and crosses a border or starts in the 序号
    /// column, where a row's own text is only its number. A short one need not cross: at 10 pt on A4 landscape 003's
    /// <c>九、生态环保</c> ends within the 事项名称 column's first character, and its <c>(7项)</c> was read into the row below.
    /// </summary>
    private static bool HasCategoryLine(Band band, ColumnBounds bounds, int numberColumn) =>
        band.Words.Any(w => bounds.ColumnOf(w) == numberColumn && !int.TryParse(w.Text, out _))
        && band.Lines().Any(l => IsCategoryLine(l, bounds, numberColumn));

    private static bool IsCategoryLine(IReadOnlyList<PdfWord> line, ColumnBounds bounds, int numberColumn) =>
        (line.Any(bounds.Crosses) || bounds.ColumnOf(line[0]) == numberColumn)
        && CategoryHeadingRow.TryRead([PdfLines.Text(line)]) is not null;

    /// <summary>A band's words but those of its category rows, which span the columns (an unruled one may share a band with rows).</summary>
    private static IEnumerable<PdfWord> ColumnWords(Band band) =>
        band.Lines().Where(l => CategoryHeadingRow.TryRead([PdfLines.Text(l)]) is null).SelectMany(l => l);

    private static string? CategoryRow(Band band)
    {
        if (band.Lines() is not [var line])
        {
            return null;
        }

        var text = PdfLines.Text(line);
        return CategoryHeadingRow.TryRead([text]) is null ? null : text;
    }

    /// <summary>A lone page number (<c>3</c>, <c>- 3 -</c>, <c>第 3 页</c>, <c>3/40</c>) in the top or bottom margin.</summary>
    private static bool IsPageNumber(Band band, PdfPage page) =>
        (band.YMin > 0.9 * page.Height || band.YMax < 0.05 * page.Height)
        && band.Lines() is [var line]
        && PageNumber().IsMatch(PdfLines.Text(line));

    /// <summary>Text outside tables, one line per visual line; a table-of-contents line gets its TAB before the page number.</summary>
    private void WriteText(Band band)
    {
        var lines = band.Lines().Select(PdfLines.Text).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i];
            if (i + 1 < lines.Count && WrappedHeading(text, lines[i + 1]) is { } heading)
            {
                _lines.Add(heading);
                i++;
                continue;
            }

            var toc = TocLine().Match(text);
            _lines.Add(toc.Success ? toc.Groups["entry"].Value + "\t" + toc.Groups["page"].Value : text);
        }
    }

    /// <summary>The longest a list heading runs, places and declared count included.</summary>
    private const int MaxHeadingLength = 60;

    /// <summary>
    /// A list heading wrapped onto two lines (<c>…三台镇基本履</c> / <c>职事项清单</c>, on A5): joined when only the two
    /// together end with a list's name (<see cref="ListVocabulary.ReadHeading"/>); null otherwise.
    /// </summary>
    private static string? WrappedHeading(string line, string next)
    {
        var joined = PdfLines.JoinWrapped(line, next);
        return joined.Length <= MaxHeadingLength
            && ListVocabulary.ReadHeading(line) is null
            && ListVocabulary.ReadHeading(joined) is not null
            && line.AsSpan().IndexOfAny("。；;：:") < 0
                ? joined
                : null;
    }

    [GeneratedRegex(@"^(?:第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|[-–—]?\s*\d{1,4}\s*[-–—]?|\d{1,4}\s*/\s*\d{1,4})$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?<entry>.*(?:\.{3,}|…{2,}))\s*(?<page>\d{1,4})$")]
    private static partial Regex TocLine();
}
