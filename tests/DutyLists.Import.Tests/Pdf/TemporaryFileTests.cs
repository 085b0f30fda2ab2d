using DutyLists.Import.Model;
using DutyLists.Import.Pdf;

namespace DutyLists.Import.Tests.Pdf;

/// <summary>Runs alone, so that no other test's PDF copy is in the temporary folder while it looks.</summary>
[CollectionDefinition(nameof(TemporaryFileTests), DisableParallelization = true)]
public sealed class RunsAlone;

/// <summary>The copy of the PDF that pdftotext reads is removed whether the extraction succeeds or not.</summary>
[Collection(nameof(TemporaryFileTests))]
public class TemporaryFileTests
{
    [Fact]
    public void LeavesNoCopyBehind()
    {
        var before = Copies();
        var extractor = new PdfExtractor();

        extractor.Extract(PdfFixtures.Pdf004, File.ReadAllBytes(PdfFixtures.PathOf(PdfFixtures.Pdf004)));
        Assert.Throws<DocumentRejectedException>(() => extractor.Extract("encrypted.pdf", File.ReadAllBytes(PdfFixtures.PathOf("encrypted.pdf"))));

        Assert.Equal(before, Copies());
    }

    private static string[] Copies() => [.. Directory.EnumerateFiles(Path.GetTempPath(), "dutylists-*.pdf").Order(StringComparer.Ordinal)];
}
