using System.Text.RegularExpressions;
using DutyLists.Import.TableText;

namespace DutyLists.Import.Pdf;

/// <summary>
/// One pass over a PDF's pages that writes the table-text layout: text outside tables line by line, each table's
/// header once, then one TAB-separated line per numbered row. Rows are cut where a new number appears in the 序号
/// column; the row boundary is the widest empty strip between two numbers, so cells that wrap, are vertically
/// centred or run onto the next page stay in their row. Repeated headers and page numbers are dropped.
/// </summary>
public sealed partial class PdfTableReading
{
    private readonly List<string> _lines = [];
    private TableHeader? _header;
    private ColumnBounds? _bounds;
    private TableRow? _row;

    /// <summary>The last row boundary taken, to judge a gap at the top of a page whose header was not repeated.</summary>
    private double _rowGap = double.PositiveInfinity;

    private CancellationToken _ct;

    public bool FoundTable { get; private set; }

    /// <summary>Reads the pages; every page and band checks <paramref name="ct"/>, so a deadline stops it between bands.</summary>
    public string Read(IReadOnlyList<PdfPage> pages, CancellationToken ct = default)
    {
        _ct = ct;
        foreach (var page in pages)
        {
            ct.ThrowIfCancellationRequested();
            ReadPage(page);
        }

        CloseTable();
        return string.Join('\n', _lines);
    }

    private void ReadPage(PdfPage page)
    {
        var bands = Band.Of(page.Words).Where(b => !IsPageNumber(b, page)).ToList();
        var i = 0;
        while (i < bands.Count)
        {
            _ct.ThrowIfCancellationRequested();
            if (TableHeader.TryRead(bands[i]) is { } header)
            {
                StartTable(header);
                var end = SegmentEnd(bands, i + 1);
                _bounds = ColumnBounds.Find(header, [.. bands[(i + 1)..end].SelectMany(b => b.Words)]);
                i = ReadBody(page.Number, bands[(i + 1)..end], bands[i].YMax) + i + 1;
            }
            else if (i == 0 && _header is not null && _bounds is not null && !IsText(bands[0], _bounds))
            {
                // The table goes on without a repeated header: the previous page's columns still hold.
                i = ReadBody(page.Number, bands[..SegmentEnd(bands, 0)], null);
            }
            else
            {
                CloseTable();
                WriteText(bands[i]);
                i++;
            }
        }
    }

    private void StartTable(TableHeader header)
    {
        FoundTable = true;
        if (_header is not null && _header.SameColumns(header))
        {
            return;
        }

        CloseTable();
        _header = header;
        _lines.Add(header.Row);
    }

    private void CloseTable()
    {
        Flush();
        _header = null;
        _bounds = null;
    }

    private void Flush()
    {
        if (_row is not null && _header is not null)
        {
            _lines.Add(_row.Write(_header, _ct));
        }

        _row = null;
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

    /// <summary>Reads the body bands of one table on one page; returns how many were table rows.</summary>
    private int ReadBody(int page, List<Band> bands, double? headerBottom)
    {
        var bounds = _bounds!;
        var header = _header!;
        var numberColumn = header.IndexOf(Column.Number);
        var count = 0;
        var parts = new List<(Band Band, int? Number)>();
        foreach (var band in bands)
        {
            _ct.ThrowIfCancellationRequested();
            if (IsText(band, bounds))
            {
                if (CategoryRow(band) is not { } category)
                {
                    break;
                }

                // 003's 一、党的建设（1项） spans the row: it closes the rows above and is written as a row of its own.
                AssignAndWrite(page, parts, headerBottom);
                parts.Clear();
                headerBottom = band.YMax;
                Flush();
                _lines.Add(category + new string('\t', header.Cells.Count - 1));
                count++;
                continue;
            }

            parts.AddRange(SplitAtNumbers(band, bounds, numberColumn));
            count++;
        }

        AssignAndWrite(page, parts, headerBottom);
        return count;
    }

    /// <summary>
    /// Gives every band to a row. Between two numbers the boundary is the widest gap; bands above the page's first
    /// number continue the row left open on the page before only when a gap as wide as a row boundary separates them.
    /// </summary>
    private void AssignAndWrite(int page, List<(Band Band, int? Number)> parts, double? headerBottom)
    {
        if (parts.Count == 0)
        {
            return;
        }

        var owner = new int[parts.Count];
        var numbered = Enumerable.Range(0, parts.Count).Where(k => parts[k].Number is not null).ToList();
        if (numbered.Count == 0)
        {
            Array.Fill(owner, -1);
        }
        else
        {
            var first = numbered[0];
            var split = 0;
            if (_row is not null && first > 0)
            {
                var reference = headerBottom is { } bottom ? parts[0].Band.YMin - bottom : _rowGap;
                var widest = Enumerable.Range(1, first).MaxBy(k => Gap(parts, k));
                split = Gap(parts, widest) >= 0.9 * reference ? widest : 0;
            }

            for (var k = 0; k < parts.Count; k++)
            {
                owner[k] = k < split ? -1 : first;
            }

            // Each boundary hands the parts after it to the next number; filled up to the next boundary only, so the
            // pass stays linear in the parts however many rows a page has.
            var from = -1;
            for (var n = 0; n + 1 < numbered.Count; n++)
            {
                _ct.ThrowIfCancellationRequested();
                var (a, b) = (numbered[n], numbered[n + 1]);
                var boundary = Enumerable.Range(a + 1, b - a).MaxBy(k => Gap(parts, k));
                _rowGap = Gap(parts, boundary);
                if (from >= 0)
                {
                    Array.Fill(owner, numbered[n], from, boundary - from);
                }

                from = boundary;
            }

            if (from >= 0)
            {
                Array.Fill(owner, numbered[^1], from, parts.Count - from);
            }
        }

        var current = -1;
        for (var k = 0; k < parts.Count; k++)
        {
            if (owner[k] >= 0 && owner[k] != current)
            {
                Flush();
                current = owner[k];
                _row = new TableRow(parts[current].Number!.Value);
            }

            if (_row is null)
            {
                continue;
            }

            foreach (var word in parts[k].Band.Words)
            {
                _row.Add(page, _bounds!.ColumnOf(word), word);
            }
        }
    }

    private static double Gap(List<(Band Band, int? Number)> parts, int k) => parts[k].Band.YMin - parts[k - 1].Band.YMax;

    /// <summary>
    /// A band holds one row's number at most; two numbers in one band (rows set so tight that no gap separates
    /// them) are cut halfway between the numbers.
    /// </summary>
    private static IEnumerable<(Band Band, int? Number)> SplitAtNumbers(Band band, ColumnBounds bounds, int numberColumn)
    {
        var numbers = band.Words
            .Where(w => bounds.ColumnOf(w) == numberColumn && int.TryParse(w.Text, out _))
            .OrderBy(w => w.YMin)
            .ToList();
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
            yield return (new Band(words), int.Parse(numbers[n].Text));
        }
    }

    /// <summary>Text laid over the page rather than in a cell: a word runs across a column border.</summary>
    private static bool IsText(Band band, ColumnBounds bounds) => band.Words.Any(bounds.Crosses);

    private static bool IsHeading(Band band) =>
        band.Lines() is [var line] && SectionHeading.TryRead(PdfLines.Text(line)) is not null;

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
        foreach (var line in band.Lines())
        {
            var text = PdfLines.Text(line);
            var toc = TocLine().Match(text);
            _lines.Add(toc.Success ? toc.Groups["entry"].Value + "\t" + toc.Groups["page"].Value : text);
        }
    }

    [GeneratedRegex(@"^(?:第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|[-–—]?\s*\d{1,4}\s*[-–—]?|\d{1,4}\s*/\s*\d{1,4})$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?<entry>.*(?:\.{3,}|…{2,}))\s*(?<page>\d{1,4})$")]
    private static partial Regex TocLine();
}
