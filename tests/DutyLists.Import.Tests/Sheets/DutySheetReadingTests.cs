using DutyLists.Import.Model;

namespace DutyLists.Import.Tests.Sheets;

/// <summary>What a duty sheet that a person edited reads as: columns in any order, cells written by hand.</summary>
public class DutySheetReadingTests
{
    [Fact]
    public void ColumnsAreFoundByNameInAnyOrderAndUnknownOnesIgnored()
    {
        var list = SheetCsv.Read(
            "备注,事项名称,序号,清单,事项类别,乡镇,县(市、区)",
            "新增,组织开展基层理论宣讲,1,基本履职事项清单,党的建设,三台镇,吉木萨尔县");

        var duty = Assert.Single(list.Duties);
        Assert.Equal((DutyKind.Basic, 1, "党的建设", "组织开展基层理论宣讲", 2), (duty.Kind, duty.Number, duty.Category, duty.Name, duty.Line));
        Assert.Equal(new TownshipInfo("三台镇", "镇", "吉木萨尔县", null, null), list.Township);
        Assert.Equal(DocumentLayout.Sheet, list.Layout);
    }

    [Fact]
    public void CellsTypedTheWayTheDocumentsWriteThem()
    {
        var list = SheetCsv.Read(
            SheetCsv.Header,
            "三台镇,吉木萨尔县,配合履职事项,1,社会保障,残疾人两项补贴,\"县民政局、财政局等其他负有安全生产监督管理职责的部门\","
                + "\"县民政局：1.审核 2.发放\n【一、复核】\n1.抽查\",1.受理申请,,");

        var duty = Assert.Single(list.Duties);
        Assert.Equal(["县民政局", "县财政局"], duty.Departments);
        Assert.Equal("其他负有安全生产监督管理职责的部门", duty.OtherDepartments);
        Assert.Equal(
            [new(null, "县民政局", IsHeading: true), new("1.", "审核"), new("2.", "发放"), new("一、", "复核", IsHeading: true), new("1.", "抽查")],
            duty.DepartmentResponsibilities);
        Assert.Equal([new ResponsibilityItem("1.", "受理申请")], duty.TownshipResponsibilities);
    }

    [Fact]
    public void GapInNumberingIsAWarningNamingTheRow()
    {
        var list = SheetCsv.Read(SheetCsv.Header, SheetCsv.Basic(1), SheetCsv.Basic(3));

        var warning = Assert.Single(list.Warnings, w => w.Message.Contains("不连续", StringComparison.Ordinal));
        Assert.Equal((3, "第3行：基本履职事项序号不连续：应为2，实为3"), (warning.Line, warning.Message));
    }

    [Fact]
    public void RowsSortedDifferentlyComeOutInListOrder()
    {
        var list = SheetCsv.Read(
            SheetCsv.Header,
            "三台镇,吉木萨尔县,上级部门收回事项,1,民政,残疾人两项补贴审核,,,,不再开展此项工作,",
            SheetCsv.Basic(2),
            SheetCsv.Basic(1));

        Assert.Equal([(DutyKind.Basic, 1), (DutyKind.Basic, 2), (DutyKind.Reclaimed, 1)], list.Duties.Select(d => (d.Kind, d.Number)));
        Assert.True(list.Duties[^1].Discontinued);
        Assert.Empty(list.Duties[^1].Takeovers);
    }
}
