using BenchmarkDotNet.Attributes;
using DutyLists.Import;
using DutyLists.Import.Model;
using DutyLists.Import.TableText;

namespace DutyLists.Benchmarks;

/// <summary>
/// Bytes → <see cref="ParsedList"/> for each table-text seed document, and for all of them together. Document 002
/// (text exported from PDF) is left out while the solution has no PDF-text parser.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class ParseBenchmarks
{
    private readonly DutyListReader _reader = new([new TableTextParser()]);
    private readonly Dictionary<string, (byte[] Content, DocumentMetadata? Metadata)> _documents = [];

    /// <summary>The table-text seed documents, by their number.</summary>
    public static IEnumerable<string> Documents() => ["000", "001", "003", "004"];

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
        foreach (var (number, (content, metadata)) in _documents)
        {
            duties += _reader.Read(number + ".txt", content, metadata).Duties.Count;
        }

        return duties;
    }
}
