using DutyLists.Import.Model;
using DutyLists.Import.Sheets;
using Xunit.Abstractions;

namespace DutyLists.Import.Tests.Sheets;

/// <summary>
/// Seed 004's duty sheet kept as files: the CSV pins the documented layout (a change to it shows here), and the
/// workbook LibreOffice Calc saved from it (Fixtures/make-004-calc.sh) is read as another program writes Excel:
/// shared strings, numbers as numbers, its own styles.
/// </summary>
public class DutySheetFileTests(ITestOutputHelper output)
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Sheets", "Fixtures");

    [Fact]
    public void WriterGivesTheDocumentedCsvByteForByte()
    {
        using var file = new MemoryStream();
        DutySheetCsvWriter.Write(DutySheetRow.From(SeedFiles.Parsed(SeedFiles.File004)), file);

        Assert.Equal(File.ReadAllBytes(Path.Combine(Fixtures, "004-duty-sheet.csv")), file.ToArray());
    }

    [Fact]
    public void WorkbookSavedByLibreOfficeCalcReadsAsTheSeed()
    {
        var text = SeedFiles.Parsed(SeedFiles.File004);

        var sheet = DutyListReader.CreateDefault().ReadFile(Path.Combine(Fixtures, "004-libreoffice-calc.xlsx"));

        var differences = DutyComparison.Differences(text.Duties, sheet.Duties);
        differences.ForEach(output.WriteLine);
        Assert.Empty(differences);
        Assert.Equal(DocumentLayout.Sheet, sheet.Layout);
        Assert.Equal(text.Township, sheet.Township);
        Assert.Equal(text.DocumentDate, sheet.DocumentDate);
        Assert.Equal(241, sheet.Duties.Count);
    }
}
