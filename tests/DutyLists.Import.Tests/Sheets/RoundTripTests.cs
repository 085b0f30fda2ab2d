using DutyLists.Import.Model;
using DutyLists.Import.Sheets;
using Xunit.Abstractions;

namespace DutyLists.Import.Tests.Sheets;

/// <summary>Every seed document, parsed, written as a duty sheet and read back, gives the same duties and township.</summary>
public class RoundTripTests(ITestOutputHelper output)
{
    public static TheoryData<string> Seeds => new(
        SeedFiles.File000, SeedFiles.File001, PdfText.SeedDocuments.Pdf002, SeedFiles.File003, SeedFiles.File004);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ThroughCsv(string seed) => RoundTrip(seed, "csv", DutySheetCsvWriter.Write);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ThroughXlsx(string seed) => RoundTrip(seed, "xlsx", DutySheetXlsxWriter.Write);

    private void RoundTrip(string seed, string extension, Action<IEnumerable<DutySheetRow>, Stream> write)
    {
        var original = DutyListReader.CreateDefault().ReadFile(SeedFiles.PathOf(seed));
        using var file = new MemoryStream();
        write(DutySheetRow.From(original), file);

        var back = DutyListReader.CreateDefault().Read($"{seed}.{extension}", file.ToArray());

        var differences = DutyComparison.Differences(original.Duties, back.Duties);
        differences.ForEach(output.WriteLine);
        Assert.Empty(differences);
        Assert.Equal(DocumentLayout.Sheet, back.Layout);
        Assert.Equal(original.Township, back.Township);
        Assert.Equal(original.DocumentDate, back.DocumentDate);
        Assert.Equal(original.Lists, back.Lists);
        Assert.Equal(original.Duties.Select(d => (d.Kind, d.Number)), back.Duties.Select(d => (d.Kind, d.Number)));
        Assert.DoesNotContain(back.Warnings, w => w.Message.Contains("序号不连续", StringComparison.Ordinal));
    }
}
