using BenchmarkDotNet.Attributes;
using DutyLists.Import;
using DutyLists.Import.Model;
using DutyLists.Import.Tests.Limits;

namespace DutyLists.Benchmarks;

/// <summary>
/// The hostile uploads of issue #17 fed to the default reader, at the default limits: how long each takes to be
/// refused (or read) and what it allocates. See docs/performance.md, "Bounded uploads".
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 1, iterationCount: 5)]
public class BoundedUploadBenchmarks
{
    private const long MB = 1024 * 1024;

    private readonly DutyListReader _reader = DutyListReader.CreateDefault();
    private readonly Dictionary<string, byte[]> _files = [];

    public static IEnumerable<string> Files() =>
    [
        "huge-row.xlsx", "far-column.xlsx", "span.docx", "bomb-40MB.xlsx", "bomb-40MB.docx", "1.1M-elements.xlsx",
        "100k-divs.csv", "landscape-000.pdf", "rotated-000.pdf",
    ];

    [GlobalSetup]
    public void Setup()
    {
        var pdf = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "tests", "DutyLists.Import.Tests", "Pdf", "Fixtures", "000-libreoffice.pdf"));
        _files["huge-row.xlsx"] = HostileDocuments.XlsxWithHugeRowNumber();
        _files["far-column.xlsx"] = HostileDocuments.XlsxWithFarColumn();
        _files["span.docx"] = HostileDocuments.DocxWithHugeSpan();
        _files["bomb-40MB.xlsx"] = HostileDocuments.XlsxBomb(40 * MB);
        _files["bomb-40MB.docx"] = HostileDocuments.DocxBomb(40 * MB);
        _files["1.1M-elements.xlsx"] = HostileDocuments.XlsxWithManyElements(1_100_000);
        _files["100k-divs.csv"] = HostileDocuments.CsvWithUnclosedDivs(100_000);
        _files["landscape-000.pdf"] = HostileDocuments.PdfInLandscape(pdf);
        _files["rotated-000.pdf"] = HostileDocuments.PdfRotated(pdf);
        foreach (var (name, bytes) in _files)
        {
            Console.WriteLine($"// {name}: {bytes.Length:N0} bytes; {Outcome(name)}");
        }
    }

    [Benchmark]
    [ArgumentsSource(nameof(Files))]
    public string Read(string file) => Outcome(file);

    private string Outcome(string file)
    {
        try
        {
            return $"read, {_reader.Read(file, _files[file]).Duties.Count} duties";
        }
        catch (DocumentRejectedException e)
        {
            return "refused: " + e.Reason;
        }
    }
}
