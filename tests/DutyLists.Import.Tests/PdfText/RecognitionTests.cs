using DutyLists.Import.Model;
using DutyLists.Import.PdfText;

namespace DutyLists.Import.Tests.PdfText;

public class RecognitionTests
{
    private readonly PdfTextParser _parser = new();

    [Fact]
    public void RecognisesThePdfTextExport()
    {
        Assert.Equal(DocumentLayout.PdfText, _parser.Layout);
        Assert.True(_parser.Recognises(SeedDocuments.Load(SeedDocuments.Pdf002)));
    }

    [Theory]
    [InlineData("000_f5af6753a9603a24.txt")]
    [InlineData("001_fbeaa40a37d35728.txt")]
    [InlineData("003_5b382267ef9e6b6d.txt")]
    [InlineData("004_8225977eeb55b18a.txt")]
    public void DoesNotClaimTabSeparatedDocuments(string file)
    {
        Assert.False(_parser.Recognises(SeedDocuments.Load(file)));
    }

    [Fact]
    public void DoesNotClaimTextWithoutAListHeading()
    {
        Assert.False(_parser.Recognises(SeedDocuments.FromText("note.txt", "说明\n\n基本履职事项清单是本镇必须为、负全责的事项。")));
    }

    [Fact]
    public void ReadsTheSeedThroughTheReaderWithItsMetadataFile()
    {
        var reader = new DutyListReader([new PdfTextParser()]);
        var list = reader.ReadFile(Path.Combine(SeedDocuments.SeedDirectory, SeedDocuments.Pdf002));
        Assert.Equal(DocumentLayout.PdfText, list.Layout);
        Assert.Equal([DutyKind.Basic, DutyKind.Cooperative, DutyKind.Reclaimed], list.Lists);
        Assert.Equal("新疆维吾尔自治区", list.Township.Region);
        Assert.Equal(64, list.Sha256.Length);
    }
}
