using DutyLists.Import.Pdf;

namespace DutyLists.Import.Tests.Pdf;

using static HandPlaced;

/// <summary>
/// Text that spans a table's columns (003's category rows <c>一、党的建设（1项）</c>, a note under the table) must not
/// decide where the columns' borders lie: over the gutters between columns it left no gap to find, and the rows'
/// words then crossed the borders guessed instead and were read as page text (003's Chromium prints at A4 landscape
/// lost whole pages of rows, and rows under a category heading took the heading before). LibreOffice sets such rows,
/// and a header repeated mid-page, so close to the rows around them that they share a band.
/// </summary>
public class SpanningRowsTests
{

    private static readonly PdfWord[] Header = [Word("序号", 44, 60), Word("事项名称", 100, 60), Word("对应上级部门", 300, 60)];

    [Fact]
    public void ACategoryRowOverTheGuttersLeavesTheColumnsToTheRows()
    {
        var page = Page(1,
        [
            Word("卜尔汉图镇配合履职事项清单", 40, 30), .. Header,
            Word("一、党的建设（1项）", 44, 90),
            Word("1", 44, 120), Word("征兵工作", 80, 120), Word("区人民武装部", 250, 120),
            Word("二、社会管理（4项）", 44, 150),
            Word("2", 44, 180), Word("社会组织年检", 80, 180), Word("区民政局", 250, 180),
        ]);

        var text = new PdfTableReading().Read([page]);

        Assert.Equal(
            [
                "卜尔汉图镇配合履职事项清单",
                "序号\t事项名称\t对应上级部门",
                "一、党的建设（1项）\t\t",
                "1\t征兵工作\t区人民武装部",
                "二、社会管理（4项）\t\t",
                "2\t社会组织年检\t区民政局",
            ],
            text.Split('\n'));
    }

    [Fact]
    public void ANoteUnderTheTableLeavesTheColumnsToTheRows()
    {
        var page = Page(1,
        [
            Word("卜尔汉图镇配合履职事项清单", 40, 30), .. Header,
            Word("69", 44, 90), Word("村民委员会成员审计", 80, 90), Word("区农牧局", 250, 90),
            Word("注：根据清单工作整体部署将适时对清单内容进行修订。", 40, 130),
        ]);

        var text = new PdfTableReading().Read([page]);

        Assert.Equal(
            [
                "卜尔汉图镇配合履职事项清单",
                "序号\t事项名称\t对应上级部门",
                "69\t村民委员会成员审计\t区农牧局",
                "注：根据清单工作整体部署将适时对清单内容进行修订。",
            ],
            text.Split('\n'));
    }

    [Fact]
    public void CategoryRowsSetTightAgainstTheRowsAreRowsOfTheirOwn()
    {
        // Unruled (LibreOffice): the category rows and the rows between them touch, so they come as one band.
        var page = Page(1,
        [
            Word("卜尔汉图镇配合履职事项清单", 40, 30), .. Header,
            Word("一、党的建设（1项）", 44, 80),
            Word("1", 44, 95), Word("征兵工作", 80, 95), Word("区人民武装部", 250, 95),
            Word("二、社会管理（4项）", 44, 110),
            Word("2", 44, 125), Word("社会组织年检", 80, 125), Word("区民政局", 250, 125),
        ]);

        var text = new PdfTableReading().Read([page]);

        Assert.Equal(
            [
                "卜尔汉图镇配合履职事项清单",
                "序号\t事项名称\t对应上级部门",
                "一、党的建设（1项）\t\t",
                "1\t征兵工作\t区人民武装部",
                "二、社会管理（4项）\t\t",
                "2\t社会组织年检\t区民政局",
            ],
            text.Split('\n'));
    }

    [Fact]
    public void AHeaderSetTightAboveARowIsCutFromIt()
    {
        // A table that starts again mid-page (003's source starts one per page) with its header touching the first row.
        var page = Page(1,
        [
            Word("卜尔汉图镇配合履职事项清单", 40, 30), .. Header,
            Word("1", 44, 85), Word("征兵工作", 80, 85), Word("区人民武装部", 250, 85),
            Word("序号", 44, 110), Word("事项名称", 100, 110), Word("对应上级部门", 300, 110),
            Word("2", 44, 124), Word("社会组织年检", 80, 124), Word("区民政局", 250, 124),
        ]);

        var text = new PdfTableReading().Read([page]);

        Assert.Equal(
            [
                "卜尔汉图镇配合履职事项清单",
                "序号\t事项名称\t对应上级部门",
                "1\t征兵工作\t区人民武装部",
                "2\t社会组织年检\t区民政局",
            ],
            text.Split('\n'));
    }

    [Fact]
    public void ANoteSetTightUnderTheLastRowEndsTheTableAfterTheRow()
    {
        var page = Page(1,
        [
            Word("卜尔汉图镇配合履职事项清单", 40, 30), .. Header,
            Word("69", 44, 90), Word("村民委员会成员审计", 80, 90), Word("区农牧局", 250, 90),
            Word("注：根据清单工作整体部署将适时对清单内容进行修订。", 40, 104),
        ]);

        var text = new PdfTableReading().Read([page]);

        Assert.Equal(
            [
                "卜尔汉图镇配合履职事项清单",
                "序号\t事项名称\t对应上级部门",
                "69\t村民委员会成员审计\t区农牧局",
                "注：根据清单工作整体部署将适时对清单内容进行修订。",
            ],
            text.Split('\n'));
    }
}
