using DutyLists.Import.Pdf;

namespace DutyLists.Import.Tests.Pdf;

/// <summary>A PDF is known by its <c>%PDF-</c> signature, never by its file name.</summary>
public class RecognitionTests
{
    private readonly PdfExtractor _extractor = new();

    [Fact]
    public void RecognisesThePdfSignature()
    {
        Assert.True(_extractor.Recognises(File.ReadAllBytes(PdfFixtures.PathOf(PdfFixtures.Pdf000))));
        Assert.True(_extractor.Recognises("%PDF-1.4\n"u8.ToArray()));
    }

    [Fact]
    public void LeavesTextDocumentsToTheLayoutParsers()
    {
        Assert.False(_extractor.Recognises(File.ReadAllBytes(SeedFiles.PathOf(SeedFiles.File004))));
        Assert.False(_extractor.Recognises("序号\t事项类别\t事项名称"u8.ToArray()));
    }

    [Fact]
    public void ReadsAPdfWhateverItsFileIsCalled()
    {
        var list = DutyListReader.CreateDefault().Read("清单.txt", File.ReadAllBytes(PdfFixtures.PathOf(PdfFixtures.Pdf004)));
        Assert.Equal("三台镇", list.Township.Name);
    }
}
