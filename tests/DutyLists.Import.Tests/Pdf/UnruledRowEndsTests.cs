using DutyLists.Import.Model;
using DutyLists.Import.Pdf;

namespace DutyLists.Import.Tests.Pdf;

using static HandPlaced;

/// <summary>
/// Where a row of an unruled table ends (LibreOffice's Writer layout of 003, decision 0018), on hand-placed words: a
/// short category row that crosses no column border, a row number whose taller box bridges the gap above it, and the
/// last row before a header repeated mid-page, which ended there and is judged like any other row.
/// </summary>
public class UnruledRowEndsTests
{

    private static readonly PdfWord[] Header = [Word("序号", 61, 46), Word("事项名称", 133, 46), Word("对应上级部门", 300, 46)];

    [Fact]
    public void AShortCategoryRowInTheNumberColumnIsARowOfItsOwn()
    {
        // 九、生态环保 ends within the name column's first character, so it crosses no border; its (7项) is in that column.
        var page = Page(1,
        [
            Word("卜尔汉图镇配合履职事项清单", 40, 20), .. Header,
            Word("53", 44, 80), Word("国有土地房屋征收补偿", 102, 80), Word("区住房和城乡建设局", 300, 80),
            Word("九、生态环保", 44, 95), Word("(7", 106, 95), Word("项)", 118, 95),
            Word("54", 44, 110), Word("水污染防治的监督管理", 102, 110), Word("区生态环境分局", 300, 110),
        ]);

        var text = new PdfTableReading().Read([page]);

        Assert.Equal(
            [
                "卜尔汉图镇配合履职事项清单",
                "序号\t事项名称\t对应上级部门",
                "53\t国有土地房屋征收补偿\t区住房和城乡建设局",
                "九、生态环保(7项)\t\t",
                "54\t水污染防治的监督管理\t区生态环境分局",
            ],
            text.Split('\n'));
    }

    [Fact]
    public void ARowsNumberBridgingTheGapAboveItLeavesTheLinesThereToTheRowBefore()
    {
        // (A department line shorter than the cell's widest ends at a space, so it is read with one.)
        // Row 39 runs to the foot of page 1 and goes on overleaf; row 40's number is set two points above its text (the
        // digits' font), so its box touches the last line of 39 while row 40's text does not.
        var page1 = Page(1,
        [
            Word("卜尔汉图镇配合履职事项清单", 40, 20), .. Header,
            Word("39", 44, 90), Word("火灾的扑救和处置", 102, 90),
            Word("区消防救援大队、", 300, 90), Word("区公安分局、", 300, 103), Word("区自然资源分局、", 300, 116),
        ]);
        var page2 = Page(2,
        [
            .. Header,
            Word("区应急管理局、", 300, 75), Word("区农牧局", 300, 88),
            Word("40", 44, 103), Word("做好森林火灾预防", 102, 105), Word("区应急管理局", 300, 105),
        ]);

        var text = new PdfTableReading().Read([page1, page2]);

        Assert.Equal(
            [
                "卜尔汉图镇配合履职事项清单",
                "序号\t事项名称\t对应上级部门",
                "39\t火灾的扑救和处置\t区消防救援大队、区公安分局、 区自然资源分局、区应急管理局、区农牧局",
                "40\t做好森林火灾预防\t区应急管理局",
            ],
            text.Split('\n'));
    }

    [Fact]
    public void TheLastRowBeforeAHeaderRepeatedMidPageIsFlaggedWhenItsCellsDoNotCentreOnItsNumber()
    {
        // Row 59's department lines centre 14 points above its number: some of them may belong to row 58. The header
        // below it (003's source starts a table on every page) shows that 59 ends there, so it is no row split at a
        // page break, which would be set from the top of its cells.
        var page = Page(1,
        [
            Word("卜尔汉图镇配合履职事项清单", 40, 20), .. Header,
            Word("58", 44, 70), Word("畜禽养殖污染防治", 102, 70), Word("区生态环境分局", 300, 70),
            Word("区农牧局、", 300, 100), Word("区公安分局、", 300, 113), Word("区林业和草原局、", 300, 126),
            Word("区自然资源分局、", 300, 139), Word("区市场监督管理局", 300, 152),
            Word("59", 44, 140), Word("野生动物保护", 102, 140),
            Word("序号", 61, 180), Word("事项名称", 133, 180), Word("对应上级部门", 300, 180),
            Word("60", 44, 200), Word("大青山南坡绿化", 102, 200), Word("区农牧局", 300, 200),
        ]);

        var rows = new PdfTableReading().Read([page]).Split('\n');

        var row59 = Assert.Single(rows, r => r.StartsWith("59\t", StringComparison.Ordinal));
        Assert.StartsWith(
            "59\t野生动物保护\t区农牧局、 区公安分局、 区林业和草原局、区自然资源分局、区市场监督管理局\t" + ListVocabulary.ReaderDoubt,
            row59);
        Assert.Contains(rows, r => r.StartsWith("58\t畜禽养殖污染防治\t区生态环境分局\t" + ListVocabulary.ReaderDoubt, StringComparison.Ordinal));
        Assert.Contains("60\t大青山南坡绿化\t区农牧局", rows);
    }

    [Fact]
    public void ARowThatRanOverAWholePageGoesOnAtTheTopOfTheNext()
    {
        // Row 64 lies centred on its number at page 1's foot, so it looked ended there; page 2 holds its text alone, so it
        // went on after all, and the lines at page 3's top are still its own rather than row 65's.
        PdfPage[] pages =
        [
            Page(1,
            [
                Word("卜尔汉图镇配合履职事项清单", 40, 20), .. Header,
                Word("区农牧局、", 300, 87), Word("64", 44, 100), Word("病虫害防治", 102, 100), Word("区公安局、", 300, 100), Word("区民政局、", 300, 113),
            ]),
            Page(2, [.. Header, Word("区林草局、", 300, 75)]),
            Page(3,
            [
                .. Header,
                Word("区水利局、", 300, 75), Word("区财政局", 300, 88),
                Word("65", 44, 140), Word("农推官服务", 102, 140), Word("区科技局、", 300, 140), Word("区商务局、", 300, 153), Word("区农牧局", 300, 166),
            ]),
        ];

        var text = new PdfTableReading().Read(pages);

        Assert.Equal(
            [
                "卜尔汉图镇配合履职事项清单",
                "序号\t事项名称\t对应上级部门",
                "64\t病虫害防治\t区农牧局、区公安局、区民政局、区林草局、区水利局、区财政局",
                "65\t农推官服务\t区科技局、区商务局、区农牧局",
            ],
            text.Split('\n'));
    }

    [Fact]
    public void AGutterNarrowerThanASpaceInTheCellIsFoundByTheHeaderCentredOverItsColumn()
    {
        // A new table's only line at a page foot: 4 points of space inside the duty cell (培训; 2.组), 3 between the
        // cells. As many words start after either gap; the header 上级部门职责 is centred over the cell that ends at the second.
        var page = Page(1,
        [
            Word("木垒县大石头乡配合履职事项清单", 40, 20),
            Word("序号", 44, 46), Word("事项名称", 150, 46), Word("上级部门职责", 445, 46), Word("乡镇配合职责", 670, 46),
            Word("3", 44, 80), Word("党内统计工作", 130, 80),
            Word("1.组织开展党内年度统计工作培训;", 376, 80), Word("2.组", 549, 80), Word("1.参加县委组织部组织的党", 574.8, 80),
        ]);

        var text = new PdfTableReading().Read([page]);

        Assert.Equal("3\t党内统计工作\t1.组织开展党内年度统计工作培训; 2.组\t1.参加县委组织部组织的党", text.Split('\n')[^1]);
    }

    [Fact]
    public void ANumberedEntrysSentenceEndingAPageIsFlagged()
    {
        // 4. …归属; at page 1's foot, short of the cell's edge: a space went on with entry 4 (as here in 003) or a
        // paragraph started an unnumbered entry; the page break shows neither.
        PdfPage[] pages =
        [
            Page(1,
            [
                Word("卜尔汉图镇配合履职事项清单", 40, 20),
                Word("序号", 61, 46), Word("事项名称", 133, 46), Word("上级部门职责", 300, 46),
                Word("68", 44, 80), Word("土地确权", 102, 80),
                Word("3.制作土地确权的底图。", 300, 80), Word("4.指派测绘公司开展土地承包经营权调", 300, 93), Word("查，查清承包地权利归属；", 300, 106),
            ]),
            Page(2,
            [
                Word("序号", 61, 46), Word("事项名称", 133, 46), Word("上级部门职责", 300, 46),
                Word("准确填写承包方调查表。", 300, 75),
            ]),
        ];

        var row = new PdfTableReading().Read(pages).Split('\n')[^1];

        Assert.StartsWith(
            "68\t土地确权\t<p>3.制作土地确权的底图。</p> <p>4.指派测绘公司开展土地承包经营权调查，查清承包地权利归属；</p> <p>准确填写承包方调查表。</p>\t"
                + ListVocabulary.ReaderDoubt,
            row);
        Assert.Contains("第1页末结束", row);
    }
}
