using DutyLists.Import.Pdf;

namespace DutyLists.Import.Tests.Pdf;

using static HandPlaced;

/// <summary>
/// A header row repeated where the table runs onto a new page may itself be cut by the page break: LibreOffice sets
/// its first lines (<c>事项类</c>, <c>序号</c>, <c>事项名称</c>, <c>对应上级部</c>) at the foot of one page and its last
/// (<c>别</c>, <c>门</c>) at the top of the next (001's A4 portrait at 14 pt, pages 25 and 26). Read apart, the foot's
/// lines joined into one false cell (<c>事项类事项名称…乡镇配合职责</c> there), a header of other columns that
/// started a new table, whose rows then lost their cells; and the top's lines went into the next row's cells.
/// </summary>
public class HeaderAcrossPagesTests
{

    private const string HeaderRow = "序号\t事项类别\t事项名称\t对应上级部门\t乡镇配合职责";

    private static readonly PdfWord[] Header =
        [
            Word("序号", 44, 60), Word("事项类别", 90, 60), Word("事项名称", 140, 60), Word("对应上级部门", 220, 60),
            Word("乡镇配合职责", 300, 60),
        ];

    [Fact]
    public void AHeaderCutByThePageBreakIsReadWholeAndLeavesTheRowsTheirCells()
    {
        var first = Page(1,
        [
            Word("大石头乡配合履职事项清单", 40, 30), .. Header,
            Word("20", 44, 90), Word("平安法治", 90, 90), Word("司法所建设", 140, 90), Word("县司法局", 220, 90),
            Word("提供场所", 300, 90),
            // The repeated header's first two lines, the wrapped cells' tops on the first.
            Word("事项类", 90, 790), Word("对应上级部", 220, 790),
            Word("序号", 44, 803), Word("事项名称", 140, 803), Word("乡镇配合职责", 300, 803),
        ]);
        var second = Page(2,
        [
            Word("别", 100, 40), Word("门", 230, 40),
            Word("21", 44, 80), Word("平安法治", 90, 80), Word("维护学校周边", 140, 80), Word("县教育局", 220, 80),
            Word("开展宣传", 300, 80),
            Word("22", 44, 110), Word("乡村振兴", 90, 110), Word("执法监管", 140, 110), Word("县农业农村局", 220, 110),
            Word("劝说制止", 300, 110),
        ]);

        var text = new PdfTableReading().Read([first, second]);

        Assert.Equal(
            [
                "大石头乡配合履职事项清单",
                HeaderRow,
                "20\t平安法治\t司法所建设\t县司法局\t提供场所",
                "21\t平安法治\t维护学校周边\t县教育局\t开展宣传",
                "22\t乡村振兴\t执法监管\t县农业农村局\t劝说制止",
            ],
            text.Split('\n'));
    }

    [Fact]
    public void AWholeHeaderAtAPageFootTakesNothingFromTheNextPage()
    {
        var first = Page(1,
        [
            Word("大石头乡配合履职事项清单", 40, 30), .. Header,
            Word("20", 44, 90), Word("平安法治", 90, 90), Word("司法所建设", 140, 90), Word("县司法局", 220, 90),
            Word("提供场所", 300, 90),
            Word("序号", 44, 790), Word("事项类别", 90, 790), Word("事项名称", 140, 790), Word("对应上级部门", 220, 790),
            Word("乡镇配合职责", 300, 790),
        ]);
        var second = Page(2,
        [
            Word("21", 44, 40), Word("平安法治", 90, 40), Word("维护学校周边", 140, 40), Word("县教育局", 220, 40),
            Word("开展宣传", 300, 40),
        ]);

        var text = new PdfTableReading().Read([first, second]);

        Assert.Equal(
            [
                "大石头乡配合履职事项清单",
                HeaderRow,
                "20\t平安法治\t司法所建设\t县司法局\t提供场所",
                "21\t平安法治\t维护学校周边\t县教育局\t开展宣传",
            ],
            text.Split('\n'));
    }

    [Fact]
    public void AHeaderRepeatedInMidPageWrappedOtherwiseIsTheSameTable()
    {
        // Page 27 of the same rendering: no header at the top, then one before row 24 whose 对应上级部门 wraps as
        // 对应上级 / 部门, where the first header's did not.
        var first = Page(1,
        [
            Word("大石头乡配合履职事项清单", 40, 30), .. Header,
            Word("22", 44, 90), Word("乡村振兴", 90, 90), Word("执法监管", 140, 90), Word("县农业农村局", 220, 90),
            Word("劝说制止", 300, 90),
        ]);
        var second = Page(2,
        [
            Word("23", 44, 40), Word("乡村振兴", 90, 40), Word("农民培育", 140, 40), Word("县农业农村局", 220, 40),
            Word("选派人员", 300, 40),
            Word("事项类", 92, 200), Word("对应上级", 218, 200),
            Word("序号", 46, 213), Word("事项名称", 142, 213), Word("乡镇配合职责", 298, 213),
            Word("别", 102, 226), Word("部门", 228, 226),
            Word("24", 44, 260), Word("乡村振兴", 92, 260), Word("合作社服务", 142, 260), Word("县税务局", 218, 260),
            Word("受理申请", 298, 260),
        ]);

        var text = new PdfTableReading().Read([first, second]);

        Assert.Equal(
            [
                "大石头乡配合履职事项清单",
                HeaderRow,
                "22\t乡村振兴\t执法监管\t县农业农村局\t劝说制止",
                "23\t乡村振兴\t农民培育\t县农业农村局\t选派人员",
                "24\t乡村振兴\t合作社服务\t县税务局\t受理申请",
            ],
            text.Split('\n'));
    }
}
