using BenchmarkDotNet.Attributes;
using DutyLists.Import;
using DutyLists.Import.Model;
using DutyLists.Import.Pdf;

namespace DutyLists.Benchmarks;

/// <summary>
/// PDF bytes → <see cref="ParsedList"/> for the LibreOffice renderings of seeds 000 and 004 (the test fixtures), and
/// the word reading alone (PdfPig), so that the time spent rebuilding the tables is the difference.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class PdfBenchmarks
{
    private readonly DutyListReader _reader = DutyListReader.CreateDefault();
    private readonly Dictionary<string, byte[]> _fixtures = [];

    /// <summary>The fixture PDFs, by file name; 004 in A4 landscape is the rendering that once ran 14 minutes.</summary>
    public static IEnumerable<string> Fixtures() => ["000-libreoffice.pdf", "004-libreoffice.pdf", "004-libreoffice-a4-landscape-12pt.pdf"];

    [GlobalSetup]
    public void Setup()
    {
        foreach (var fixture in Fixtures())
        {
            _fixtures[fixture] = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "tests", "DutyLists.Import.Tests", "Pdf", "Fixtures", fixture));
        }
    }

    [Benchmark]
    [ArgumentsSource(nameof(Fixtures))]
    public ParsedList ExtractAndParse(string fixture) => _reader.Read(fixture, _fixtures[fixture]);

    [Benchmark]
    [ArgumentsSource(nameof(Fixtures))]
    public int WordsOnly(string fixture) => PdfPigWords.Read(fixture, _fixtures[fixture], long.MaxValue, CancellationToken.None).Sum(p => p.Words.Count);
}
