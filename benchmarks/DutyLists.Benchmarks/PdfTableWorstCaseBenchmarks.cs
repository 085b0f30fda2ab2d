using BenchmarkDotNet.Attributes;
using DutyLists.Import.Pdf;

namespace DutyLists.Benchmarks;

/// <summary>
/// The PDF table reader on synthetic pages built to be as hard as a page can be for it, so that its work is seen to
/// stay bounded in the words and paths whatever a file holds:
/// <list type="bullet">
/// <item><c>Unruled</c>: 40 pages, each a header and 60 rows of a number and 12 tiny one-word lines set between
/// paragraph-sized gaps (every band a candidate row boundary for the dynamic programming);</item>
/// <item><c>OneRowThousandsOfLines</c>: 40 pages with three numbers and 3,000 tiny lines between each (past the
/// boundary budget, each row is cut on its own);</item>
/// <item><c>Ruled</c>: 40 pages of 200 ruled rows with a ruling per cell edge (as Chromium draws them) and 20
/// words a row.</item>
/// </list>
/// Parse time per page is the mean divided by 40.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 1, iterationCount: 5)]
public class PdfTableWorstCaseBenchmarks
{
    private const int Pages = 40;

    private readonly Dictionary<string, IReadOnlyList<PdfPage>> _cases = [];

    public static IEnumerable<string> Cases() => ["Unruled", "OneRowThousandsOfLines", "Ruled"];

    [GlobalSetup]
    public void Setup()
    {
        _cases["Unruled"] = [.. Enumerable.Range(1, Pages).Select(p => Unruled(p, rows: 60, linesPerRow: 12))];
        _cases["OneRowThousandsOfLines"] = [.. Enumerable.Range(1, Pages).Select(p => Unruled(p, rows: 3, linesPerRow: 3000))];
        _cases["Ruled"] = [.. Enumerable.Range(1, Pages).Select(p => Ruled(p, rows: 200, wordsPerRow: 20))];
    }

    [Benchmark]
    [ArgumentsSource(nameof(Cases))]
    public int ReadTables(string name) => new PdfTableReading().Read(_cases[name]).Length;

    private static List<PdfWord> Header() =>
        [new("序号", 40, 20, 64, 36), new("事项类别", 80, 20, 128, 36), new("事项名称", 300, 20, 348, 36)];

    /// <summary>A header, then rows whose number sits in the middle of their lines, one tiny word a line.</summary>
    private static PdfPage Unruled(int number, int rows, int linesPerRow)
    {
        var words = Header();
        const double line = 2.0;
        var y = 40.0;
        for (var row = 1; row <= rows; row++)
        {
            var top = y;
            for (var l = 0; l < linesPerRow; l++)
            {
                words.Add(new PdfWord("字", 140 + (l % 7 * 3), y, 142 + (l % 7 * 3), y + line));
                y += line * 1.6;
            }

            var centre = (top + y - (line * 0.6)) / 2;
            words.Add(new PdfWord(row.ToString(System.Globalization.CultureInfo.InvariantCulture), 44, centre - (line / 2), 50, centre + (line / 2)));
            words.Add(new PdfWord("类别", 84, centre - (line / 2), 92, centre + (line / 2)));
            y += line * 1.6;
        }

        return new PdfPage(number, 595, y + 40, words);
    }

    /// <summary>Rows between horizontal rulings, each cell edge its own segment.</summary>
    private static PdfPage Ruled(int number, int rows, int wordsPerRow)
    {
        var words = Header();
        var horizontals = new List<PdfRulings.Horizontal>();
        var verticals = new List<PdfRulings.Vertical>();
        double[] edges = [38, 78, 138, 560];
        const double height = 4;
        var y = 38.0;
        for (var row = 0; row <= rows; row++)
        {
            foreach (var (left, right) in edges.Zip(edges.Skip(1)))
            {
                horizontals.Add(new PdfRulings.Horizontal(y, left, right));
            }

            if (row == rows)
            {
                break;
            }

            foreach (var x in edges)
            {
                verticals.Add(new PdfRulings.Vertical(x, y, y + height));
            }

            words.Add(new PdfWord((row + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 44, y + 1, 50, y + 3));
            for (var w = 0; w < wordsPerRow; w++)
            {
                words.Add(new PdfWord("字", 140 + (w * 20), y + 1, 142 + (w * 20), y + 3));
            }

            y += height;
        }

        return new PdfPage(number, 595, y + 40, words) { Rulings = new PdfRulings(horizontals, verticals) };
    }
}
