using BenchmarkDotNet.Attributes;
using DutyLists.Import;
using DutyLists.Import.Model;

namespace DutyLists.Benchmarks;

/// <summary>
/// Bytes → <see cref="ParsedList"/> for each seed document, and for the four table-text documents together
/// (target: under 50 ms); 002, the PDF text export, has its own target of under 100 ms.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class ParseBenchmarks
{
    private readonly DutyListReader _reader = DutyListReader.CreateDefault();
    private readonly Dictionary<string, (byte[] Content, DocumentMetadata? Metadata)> _documents = [];

    /// <summary>The table-text seed documents, by their number.</summary>
    public static IEnumerable<string> Documents() => ["000", "001", "002", "003", "004"];

    [GlobalSetup]
    public void Setup()
    {
        foreach (var number in Documents())
        {
            var path = Directory.EnumerateFiles(RepoPaths.SeedData, number + "_*.txt").Single();
            _documents[number] = (File.ReadAllBytes(path), DutyListReader.ReadMetadataBeside(path));
        }
    }

    [Benchmark]
    [ArgumentsSource(nameof(Documents))]
    public ParsedList Parse(string document)
    {
        var (content, metadata) = _documents[document];
        return _reader.Read(document + ".txt", content, metadata);
    }

    [Benchmark]
    public int ParseAllTableDocuments()
    {
        var duties = 0;
        foreach (var (number, (content, metadata)) in _documents.Where(d => d.Key != "002"))
        {
            duties += _reader.Read(number + ".txt", content, metadata).Duties.Count;
        }

        return duties;
    }
}
