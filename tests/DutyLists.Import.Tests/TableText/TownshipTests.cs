using DutyLists.Import.Model;
using DutyLists.Import.TableText;

namespace DutyLists.Import.Tests.TableText;

public class TownshipTests
{
    [Theory]
    [InlineData(SeedFiles.File000, "加尕斯台镇", "察布查尔锡伯自治县", "伊犁哈萨克自治州", "2025 年 7 月")]
    [InlineData(SeedFiles.File001, "大石头乡", "木垒县", "昌吉回族自治州", "2025年7月")]
    [InlineData(SeedFiles.File004, "三台镇", "吉木萨尔县", "昌吉回族自治州", "2025 年 7 月")]
    public void TitleBlockGivesTownshipCountyPrefectureRegionAndDate(string file, string name, string county, string prefecture, string date)
    {
        // L3 "新疆维吾尔自治区伊犁哈萨克自治州", L4 "察布查尔锡伯自治县加尕斯台镇", L7 "2025 年 7 月" (000)
        var list = SeedFiles.Parsed(file);

        Assert.Equal(new TownshipInfo(name, name[^1..], county, prefecture, "新疆维吾尔自治区"), list.Township);
        Assert.Equal(date, list.DocumentDate);
    }

    [Fact]
    public void DocumentWithoutTitleBlockTakesTheTownshipFromItsHeadingAndTheRestFromMetadata()
    {
        // 003 L3 "卜尔汉图镇配合履职事项清单"; 003_5b382267ef9e6b6d.txt.meta.json gives 昆都仑区 / 包头市 / 内蒙古自治区
        var list = SeedFiles.Parsed(SeedFiles.File003);

        Assert.Equal(new TownshipInfo("卜尔汉图镇", "镇", "昆都仑区", "包头市", "内蒙古自治区"), list.Township);
        Assert.Null(list.DocumentDate);
        Assert.Empty(list.Warnings);
    }

    [Fact]
    public void WithoutMetadataTheGapsStayEmptyAndAreReported()
    {
        var bytes = File.ReadAllBytes(SeedFiles.PathOf(SeedFiles.File003));
        var list = new DutyListReader([new TableTextParser()]).Read(SeedFiles.File003, bytes, metadata: null);

        Assert.Equal(new TownshipInfo("卜尔汉图镇", "镇", null, null, null), list.Township);
        Assert.Equal(
            [
                new ImportWarning(SeedFiles.File003, 0, "文件中没有写明所属县（市、区），元数据中也没有提供，请补充"),
                new ImportWarning(SeedFiles.File003, 0, "文件中没有写明所属地（州、市），元数据中也没有提供，请补充"),
                new ImportWarning(SeedFiles.File003, 0, "文件中没有写明所属省（自治区），元数据中也没有提供，请补充"),
            ],
            list.Warnings);
    }

    [Fact]
    public void MetadataNeverOverridesTheDocument()
    {
        var list = InlineDocument.Parse(InlineDocument.BasicList("1\t党的建设\t组织开展基层理论宣讲"), new DocumentMetadata { County = "木垒哈萨克自治县" });

        Assert.Equal("木垒县", list.Township.County);
        Assert.Equal(
            new ImportWarning(InlineDocument.FileName, 0, "元数据中的所属县（市、区）“木垒哈萨克自治县”与文件中的“木垒县”不一致，以文件为准"),
            Assert.Single(list.Warnings));
    }

    [Theory]
    [InlineData("大石头乡", "乡")]
    [InlineData("三台镇", "镇")]
    [InlineData("某某苏木", "苏木")]
    [InlineData("昆北街道", "街道")]
    [InlineData("某某村", null)]
    public void LevelComesFromTheNameEnding(string name, string? level)
    {
        Assert.Equal(level, TitleBlock.Level(name));
    }

    [Fact]
    public void TownshipIsTheLastPartOfAHeadingPrefix()
    {
        Assert.Equal("加尕斯台镇", TitleBlock.TownshipFromHeading("伊犁州察布查尔县加尕斯台镇"));
        Assert.Equal("三台镇", TitleBlock.TownshipFromHeading("昌吉回族自治州吉木萨尔县三台镇"));
    }
}
