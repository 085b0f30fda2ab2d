using DutyLists.Import.Model;

namespace DutyLists.Import.Tests.Sheets;

/// <summary>Duty sheets that cannot be imported: each names the file, the row as Excel shows it, and the reason.</summary>
public class DutySheetRejectionTests
{
    [Fact]
    public void MissingRequiredColumnsAreNamed()
    {
        var e = SheetCsv.Reject("序号,事项名称,清单", "1,组织开展基层理论宣讲,基本履职事项");

        Assert.Equal((SheetCsv.FileName, 1, "第1行：表头缺少必需的列：乡镇、事项类别"), (e.File, e.Line, e.Reason));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("1.5")]
    [InlineData("第一")]
    [InlineData("")]
    public void NumberThatIsNoPositiveInteger(string number)
    {
        var e = SheetCsv.Reject(SheetCsv.Header, SheetCsv.Basic(1), $"三台镇,吉木萨尔县,基本履职事项,{number},党的建设,做好信访工作,,,,,");

        Assert.Equal((3, $"第3行：序号“{number}”不是正整数"), (e.Line, e.Reason));
    }

    [Fact]
    public void UnknownList()
    {
        var e = SheetCsv.Reject(SheetCsv.Header, "三台镇,吉木萨尔县,重点履职事项,1,党的建设,做好信访工作,,,,,");

        Assert.Equal((2, "第2行：无法识别的清单“重点履职事项”，应为基本履职事项、配合履职事项或上级部门收回事项"), (e.Line, e.Reason));
    }

    [Fact]
    public void EmptyName()
    {
        var e = SheetCsv.Reject(SheetCsv.Header, SheetCsv.Basic(1), SheetCsv.Basic(2, name: "  "));

        Assert.Equal((3, "第3行：基本履职事项第2项的事项名称为空"), (e.Line, e.Reason));
    }

    [Fact]
    public void DuplicateNumberInOneList()
    {
        var e = SheetCsv.Reject(SheetCsv.Header, SheetCsv.Basic(1), SheetCsv.Basic(2), SheetCsv.Basic(1, name: "做好信访工作"));

        Assert.Equal((4, "第4行：基本履职事项序号1与第2行重复"), (e.Line, e.Reason));
    }

    [Fact]
    public void SameNumberInDifferentListsIsNoDuplicate()
    {
        var list = SheetCsv.Read(
            SheetCsv.Header,
            SheetCsv.Basic(1),
            "三台镇,吉木萨尔县,上级部门收回事项,1,民政,残疾人两项补贴审核,,,,县民政局：负责审核,否");

        Assert.Equal([DutyKind.Basic, DutyKind.Reclaimed], list.Lists);
    }

    [Fact]
    public void RowsOfAnotherTownship()
    {
        var e = SheetCsv.Reject(SheetCsv.Header, SheetCsv.Basic(1), SheetCsv.Basic(2), SheetCsv.Basic(3, township: "大石头乡"));

        Assert.Equal((4, "第4行：乡镇“大石头乡”与第2行的“三台镇”不同；一个文件只能包含一个乡镇的清单，请按乡镇分成多个文件"), (e.Line, e.Reason));
    }

    [Fact]
    public void HeaderOnly()
    {
        var e = SheetCsv.Reject(SheetCsv.Header, ",,,,", "");

        Assert.Equal((1, "第1行：只有表头，没有任何事项"), (e.Line, e.Reason));
    }

    [Fact]
    public void EmptyFile()
    {
        var e = Assert.Throws<DocumentRejectedException>(() => DutyListReader.CreateDefault().Read(SheetCsv.FileName, []));

        Assert.Equal((0, "文件为空"), (e.Line, e.Reason));
    }

    [Fact]
    public void DiscontinuedThatIsNeitherYesNorNo()
    {
        var e = SheetCsv.Reject(SheetCsv.Header, "三台镇,吉木萨尔县,上级部门收回事项,1,民政,残疾人两项补贴审核,,,,县民政局：负责审核,不确定");

        Assert.Equal((2, "第2行：不再履行“不确定”无法识别，应为“是”或“否”"), (e.Line, e.Reason));
    }

    [Fact]
    public void RowNumbersCountLinesInsideCellsAsOneRow()
    {
        // Row 2 holds a cell of three lines: the bad row is still row 3, as Excel shows it, though it starts on line 5.
        var e = SheetCsv.Reject(
            SheetCsv.Header,
            "三台镇,吉木萨尔县,配合履职事项,1,民政,残疾人两项补贴,县民政局,\"1.审核\n2.发放\n3.复核\",1.受理申请,,",
            SheetCsv.Basic(0));

        Assert.Equal(3, e.Line);
    }
}
