using DutyLists.Import.Model;

namespace DutyLists.Import.Tests.PdfText;

public class TownshipTests
{
    private static readonly ParsedList WithoutMetadata = SeedDocuments.Parse(SeedDocuments.Load(SeedDocuments.Pdf002));

    [Fact]
    public void ReadsTownshipCountyAndPrefectureFromTheText()
    {
        // L11 "形成奎依巴格镇履职事项清单", L17 "奎依巴格镇是…"; departments such as 喀什地区生态环境局泽普县分局.
        var township = WithoutMetadata.Township;
        Assert.Equal(("奎依巴格镇", "镇", "泽普县", "喀什地区"), (township.Name, township.Level, township.County, township.Prefecture));
    }

    [Fact]
    public void LeavesTheRegionUnknownAndSaysSoWithoutMetadata()
    {
        Assert.Null(WithoutMetadata.Township.Region);
        Assert.Equal(["文件中没有写明所属省（自治区），元数据中也没有提供，请补充"], WithoutMetadata.Warnings.Select(w => w.Message));
    }

    [Fact]
    public void FillsTheRegionFromTheMetadataFileBesideTheDocument()
    {
        Assert.Equal(
            new TownshipInfo("奎依巴格镇", "镇", "泽普县", "喀什地区", "新疆维吾尔自治区"),
            SeedDocuments.Document002.Township);
    }

    [Fact]
    public void NeverLetsMetadataOverrideWhatTheDocumentSays()
    {
        var metadata = new DocumentMetadata { Township = "某某乡", County = "莎车县", Region = "新疆维吾尔自治区" };
        var list = SeedDocuments.Parse(SeedDocuments.Load(SeedDocuments.Pdf002), metadata);
        Assert.Equal(("奎依巴格镇", "泽普县"), (list.Township.Name, list.Township.County));
        Assert.Equal(
            ["元数据中的乡镇名称“某某乡”与文件中的“奎依巴格镇”不一致，以文件为准", "元数据中的所属县（市、区）“莎车县”与文件中的“泽普县”不一致，以文件为准"],
            list.Warnings.Select(w => w.Message));
    }

    [Fact]
    public void HasNoDocumentDate()
    {
        Assert.Null(SeedDocuments.Document002.DocumentDate);
    }
}
