using DutyLists.Import.Model;
using DutyLists.Import.Tests.Sheets;
using Xunit.Abstractions;

namespace DutyLists.Import.Tests.Word;

/// <summary>
/// Seed 004 as a Word document that LibreOffice made from its tables (Fixtures/make-004-docx.sh): read through the
/// .docx extractor, it gives the same duties as the table text it came from.
/// </summary>
public class LibreOfficeDocumentTests(ITestOutputHelper output)
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Word", "Fixtures", "004-libreoffice.docx");

    [Fact]
    public void ReadsLikeTheTableTextItWasMadeFrom()
    {
        var text = SeedFiles.Parsed(SeedFiles.File004);

        var word = DutyListReader.CreateDefault().ReadFile(Fixture);

        var differences = DutyComparison.Differences(text.Duties, word.Duties);
        differences.ForEach(output.WriteLine);

        // 004 #86 lists its unnumbered entries in an unclosed <ol>, which the table reader splits at sentence ends;
        // tsv2html.py drops list tags, so in the Word file they are one paragraph per department, which reads the same
        // way: a space after 。 or ； separates entries (import-formats.md §7).
        Assert.Empty(differences);
        Assert.Equal(DocumentLayout.TableText, word.Layout);
        Assert.Equal(text.Township, word.Township);
        Assert.Equal(text.DocumentDate, word.DocumentDate);
        Assert.Equal([108, 102, 31], [.. new[] { DutyKind.Basic, DutyKind.Cooperative, DutyKind.Reclaimed }.Select(k => word.Duties.Count(d => d.Kind == k))]);
    }
}
