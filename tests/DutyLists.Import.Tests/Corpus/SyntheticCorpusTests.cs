using DutyLists.Corpus;
using DutyLists.Import.Model;
using DutyLists.Import.Sheets;

namespace DutyLists.Import.Tests.Corpus;

/// <summary>The synthetic corpus is written in a layout the importer reads, and reads back as generated.</summary>
public class SyntheticCorpusTests
{
    private static readonly IReadOnlyList<ParsedList> Seeds =
        [.. new[] { SeedFiles.File000, SeedFiles.File001, SeedFiles.File003, SeedFiles.File004 }.Select(SeedFiles.Parsed)];

    [Fact]
    public void AGeneratedTownshipReadsBackExactlyWithoutWarnings()
    {
        foreach (var township in new SyntheticCorpus(Seeds, randomSeed: 7).Townships(5))
        {
            using var file = new MemoryStream();
            DutySheetCsvWriter.Write(DutySheetRow.From(township), file);

            var read = DutyListReader.CreateDefault().Read(township.FileName, file.ToArray());

            Assert.Empty(read.Warnings);
            Assert.Equal(township.Township with { Level = read.Township.Level }, read.Township);
            Assert.Equal(township.Duties.Count, read.Duties.Count);
            foreach (var (generated, parsed) in township.Duties.Zip(read.Duties))
            {
                Assert.Equal((generated.Kind, generated.Number, generated.Category, generated.Name), (parsed.Kind, parsed.Number, parsed.Category, parsed.Name));
                Assert.Equal(generated.Departments, parsed.Departments);
                Assert.Equal(generated.Takeovers, parsed.Takeovers);
            }
        }
    }

    [Fact]
    public void TheSameSeedGivesTheSameCorpusAndEveryTownshipIsDistinct()
    {
        var first = new SyntheticCorpus(Seeds, randomSeed: 3).Townships(40).ToList();
        var again = new SyntheticCorpus(Seeds, randomSeed: 3).Townships(40).ToList();

        Assert.Equal(first.Select(t => t.Township), again.Select(t => t.Township));
        Assert.Equal(40, first.Select(t => (t.Township.County, t.Township.Name)).Distinct().Count());
        Assert.All(first, t => Assert.InRange(t.Duties.Count, 210, 320));
        Assert.All(first, t => Assert.All(t.Lists, kind => Assert.Equal(Enumerable.Range(1, t.Duties.Count(d => d.Kind == kind)), t.Duties.Where(d => d.Kind == kind).Select(d => d.Number))));
    }
}
