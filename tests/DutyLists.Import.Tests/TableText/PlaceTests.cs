using System.Text;
using DutyLists.Import.Model;
using DutyLists.Import.Reading;
using DutyLists.Import.TableText;

namespace DutyLists.Import.Tests.TableText;

/// <summary>Titles that run the levels together, and which value wins where (docs/import-formats.md §2, §10.8).</summary>
public class PlaceTests
{
    [Theory]
    [InlineData("昌吉回族自治州吉木萨尔县三台镇", null, "昌吉回族自治州", "吉木萨尔县", "三台镇")]
    [InlineData("新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县加尕斯台镇", "新疆维吾尔自治区", "伊犁哈萨克自治州", "察布查尔锡伯自治县", "加尕斯台镇")]
    [InlineData("伊犁州察布查尔县加尕斯台镇", null, "伊犁州", "察布查尔县", "加尕斯台镇")]
    [InlineData("喀什地区泽普县奎依巴格镇", null, "喀什地区", "泽普县", "奎依巴格镇")]
    [InlineData("内蒙古自治区包头市昆都仑区卜尔汉图镇", "内蒙古自治区", "包头市", "昆都仑区", "卜尔汉图镇")]
    [InlineData("兰州市城关区某某街道", null, "兰州市", "城关区", "某某街道")]
    [InlineData("阿拉善盟阿拉善左旗某某苏木", null, "阿拉善盟", "阿拉善左旗", "某某苏木")]
    [InlineData("吉木萨尔县三台镇", null, null, "吉木萨尔县", "三台镇")]
    [InlineData("新疆维吾尔自治区昌吉回族自治州", "新疆维吾尔自治区", "昌吉回族自治州", null, null)]
    [InlineData("卜尔汉图镇", null, null, null, "卜尔汉图镇")]
    public void ATitleIsSplitIntoItsLevels(string text, string? region, string? prefecture, string? county, string? township)
    {
        Assert.Equal(new PlaceName(region, prefecture, county, township), PlaceName.Split(text));
    }

    [Theory]
    [InlineData("履职事项清单")]
    [InlineData("形成奎依巴格镇履职事项")]
    [InlineData("附件1")]
    public void TextThatIsNoPlaceIsNotSplit(string text)
    {
        Assert.Null(PlaceName.Split(text));
    }

    [Fact]
    public void AKnownTownshipDecidesWhereTheTownshipStarts()
    {
        // 新城区 would read as a district, leaving 镇 alone; the known township 新城区镇 settles it.
        Assert.Null(PlaceName.Split("某某县新城区镇"));
        Assert.Equal(new PlaceName(null, null, "某某县", "新城区镇"), PlaceName.Split("某某县新城区镇", ["新城区镇", "三台镇"]));
    }

    [Fact]
    public void ATitleOnOneLineGivesPrefectureCountyAndTownship()
    {
        // The seed's title as a rendering prints it: place and 履职事项清单 on one line.
        var list = InlineDocument.Parse(["", "昌吉回族自治州吉木萨尔县三台镇 履职事项清单", "", "2025 年 7 月", "", "昌吉回族自治州吉木萨尔县三台镇基本履职事项清单", InlineDocument.BasicHeader, "1\t党的建设\t组织开展基层理论宣讲"]);

        Assert.Equal(new TownshipInfo("三台镇", "镇", "吉木萨尔县", "昌吉回族自治州", null), list.Township);
        Assert.Equal("2025 年 7 月", list.DocumentDate);
    }

    [Fact]
    public void AHeadingThatRunsTheLevelsTogetherGivesThemWhenThereIsNoTitle()
    {
        var list = InlineDocument.Parse(["昌吉回族自治州吉木萨尔县三台镇基本履职事项清单", InlineDocument.BasicHeader, "1\t党的建设\t组织开展基层理论宣讲"]);

        Assert.Equal(new TownshipInfo("三台镇", "镇", "吉木萨尔县", "昌吉回族自治州", null), list.Township);
    }

    [Fact]
    public void TheTitleBlockOfTheSeedsStillReadsAsBefore()
    {
        var title = TitleBlock.Read(SeedFiles.Lines(SeedFiles.File004));

        Assert.Equal(new TitleFacts("新疆维吾尔自治区", "昌吉回族自治州", "吉木萨尔县", "三台镇", "2025 年 7 月"), title);
    }

    [Fact]
    public void EachPartSaysWhereItCameFrom()
    {
        var list = SeedFiles.Parsed(SeedFiles.File003);

        Assert.Equal(
            [
                new PlaceValue(PlaceResolution.TownshipPart, "卜尔汉图镇", PlaceSource.Document),
                new PlaceValue(PlaceResolution.CountyPart, "昆都仑区", PlaceSource.MetadataFile),
                new PlaceValue(PlaceResolution.PrefecturePart, "包头市", PlaceSource.MetadataFile),
                new PlaceValue(PlaceResolution.RegionPart, "内蒙古自治区", PlaceSource.MetadataFile),
            ],
            list.Places);
        Assert.Equal("所属县（市、区）：昆都仑区（来自元数据文件）", list.Places[1].ToString());
    }

    [Fact]
    public void WhatTheFormGivesWinsOverTheDocumentAndIsReported()
    {
        var form = new DocumentMetadata { County = "木垒哈萨克自治县", Region = "新疆维吾尔自治区", Source = PlaceSource.Form };

        var list = InlineDocument.Parse(InlineDocument.BasicList("1\t党的建设\t组织开展基层理论宣讲"), form);

        Assert.Equal(("木垒哈萨克自治县", "新疆维吾尔自治区"), (list.Township.County, list.Township.Region));
        Assert.Equal(
            new ImportWarning(InlineDocument.FileName, 0, "上传表单中的所属县（市、区）“木垒哈萨克自治县”与文件中的“木垒县”不一致，以上传表单为准"),
            Assert.Single(list.Warnings));
        Assert.Equal([PlaceSource.Document, PlaceSource.Form, PlaceSource.Document, PlaceSource.Form], list.Places.Select(p => p.Source));
    }

    [Fact]
    public void TheCommandLineWinsAndTheMetadataFileBeneathItFillsTheRest()
    {
        // 003 states only its township; --county is given, the metadata file gives the rest (and another county).
        var metadata = new DocumentMetadata
        {
            County = "九原区",
            Source = PlaceSource.CommandLine,
            Beneath = new DocumentMetadata { County = "昆都仑区", Prefecture = "包头市", Region = "内蒙古自治区" },
        };

        var list = new DutyListReader([new TableTextParser()]).Read(SeedFiles.File003, File.ReadAllBytes(SeedFiles.PathOf(SeedFiles.File003)), metadata);

        Assert.Equal(new TownshipInfo("卜尔汉图镇", "镇", "九原区", "包头市", "内蒙古自治区"), list.Township);
        Assert.Equal(
            ["乡镇名称：卜尔汉图镇（来自文件中的标题或内容）", "所属县（市、区）：九原区（来自命令行）", "所属地（州、市）：包头市（来自元数据文件）", "所属省（自治区）：内蒙古自治区（来自元数据文件）"],
            list.Places.Select(p => p.ToString()));
        Assert.Empty(list.Warnings);
    }

    [Fact]
    public void ThePdfTextAndSheetReadersResolveTheSameWay()
    {
        var form = new DocumentMetadata { County = "吉木萨尔县", Source = PlaceSource.Form };
        var text = string.Join('\n', "昌吉回族自治州吉木萨尔县三台镇基本履职事项清单", "序号 事项类别 事项名称", "1 党的建设 组织开展基层理论宣讲");
        var pdfText = DutyListReader.CreateDefault().Read("text.txt", Encoding.UTF8.GetBytes(text), form);
        var sheet = Sheets.SheetCsv.Read(Sheets.SheetCsv.Header, Sheets.SheetCsv.Basic(1));

        Assert.Equal(new TownshipInfo("三台镇", "镇", "吉木萨尔县", "昌吉回族自治州", null), pdfText.Township);
        Assert.Equal([PlaceSource.Document, PlaceSource.Form, PlaceSource.Document, null], pdfText.Places.Select(p => p.Source));
        Assert.Equal([PlaceSource.Document, PlaceSource.Document, null, null], sheet.Places.Select(p => p.Source));
    }
}
