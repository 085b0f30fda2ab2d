using DutyLists.Import.Model;

namespace DutyLists.Import.Tests.TableText;

/// <summary>Irregularities that do not stop an import but must be reported with file, line and a Chinese message.</summary>
public class ValidationTests
{
    [Fact]
    public void NumberingGapIsReported()
    {
        var list = InlineDocument.Parse(InlineDocument.BasicList("1\t党的建设\t组织开展基层理论宣讲", "3\t党的建设\t加强党员教育管理"));

        Assert.Equal([1, 3], list.Duties.Select(d => d.Number));
        Assert.Equal(new ImportWarning(InlineDocument.FileName, 13, "基本履职事项清单序号不连续：应为2，实为3"), Assert.Single(list.Warnings));
    }

    [Fact]
    public void NumberingNotStartingAtOneIsReported()
    {
        var list = InlineDocument.Parse(InlineDocument.BasicList("2\t党的建设\t组织开展基层理论宣讲"));

        Assert.Equal(new ImportWarning(InlineDocument.FileName, 12, "基本履职事项清单序号不连续：应为1，实为2"), Assert.Single(list.Warnings));
    }

    [Fact]
    public void EmptyCellIsReported()
    {
        var list = InlineDocument.Parse(InlineDocument.BasicList("1\t\t组织开展基层理论宣讲", "2\t党的建设\t加强党员教育管理"));

        Assert.Equal(new ImportWarning(InlineDocument.FileName, 12, "基本履职事项清单第1项的“事项类别”为空"), Assert.Single(list.Warnings));
    }

    [Fact]
    public void ShortRowBeforeTheEndIsKeptAndReported()
    {
        var list = InlineDocument.Parse(InlineDocument.BasicList("1\t党的建设", "2\t党的建设\t加强党员教育管理"));

        var first = list.Duties[0];
        Assert.Equal(string.Empty, first.Name);
        Assert.Equal("基本履职事项清单第1项只有2个单元格，表头有3个，缺少的单元格按空白处理；没有事项名称", first.ReviewReason);
        Assert.Contains(new ImportWarning(InlineDocument.FileName, 12, "基本履职事项清单第1项只有2个单元格，表头有3个，缺少的单元格按空白处理"), list.Warnings);
        Assert.Contains(new ImportWarning(InlineDocument.FileName, 12, "基本履职事项清单第1项的“事项名称”为空"), list.Warnings);
    }

    [Fact]
    public void DeclaredCategoryCountThatDisagreesIsReported()
    {
        // 003-style category rows: "二、社会管理（4项）⇥⇥⇥⇥" with only one row under it
        string[] lines =
        [
            "", "", "卜尔汉图镇配合履职事项清单", "",
            "序号\t事项名称\t对应上级部门\t上级部门职责 (含提供的履职保障)\t苏木乡镇(街道) 配合职责",
            "一、社会管理（2项）\t\t\t\t",
            "1\t开展无名道路统计工作\t区民政局\t<p>区民政局：</p> <p>负责道路命名和更名工作。</p> <p>履职保障： 提供地名信息。</p>\t负责开展无名道路统计工作。",
        ];

        var list = InlineDocument.Parse(lines, new DocumentMetadata { County = "昆都仑区", Prefecture = "包头市", Region = "内蒙古自治区" });

        Assert.Equal(2, list.Declared!.DutiesPerCategory["社会管理"]);
        Assert.Equal("社会管理", Assert.Single(list.Duties).Category);
        Assert.Equal(new ImportWarning(InlineDocument.FileName, 6, "配合履职事项清单类别“社会管理”声明2项，实有1项"), Assert.Single(list.Warnings));
    }

    [Fact]
    public void UnrecognisedTextLineInsideAListIsReported()
    {
        var list = InlineDocument.Parse(InlineDocument.BasicList("1\t党的建设\t组织开展基层理论宣讲", "第 3 页", "2\t党的建设\t加强党员教育管理"));

        Assert.Equal(2, list.Duties.Count);
        Assert.Equal(new ImportWarning(InlineDocument.FileName, 13, "表格中出现无法识别的文字行，已跳过：第 3 页"), Assert.Single(list.Warnings));
    }

    [Fact]
    public void ReclaimedCellWithoutDepartmentIsReported()
    {
        string[] lines = [.. InlineDocument.TitleBlock, "昌吉州木垒县大石头乡上级部门收回事项清单", "", InlineDocument.ReclaimedHeader, "1\t民生服务\t工伤认定调查\t由上级部门统一组织实施"];

        var list = InlineDocument.Parse(lines);

        Assert.Equal([new Takeover(null, "由上级部门统一组织实施")], list.Duties[0].Takeovers);
        Assert.Equal(new ImportWarning(InlineDocument.FileName, 12, "上级部门收回事项清单第1项的“承接部门及工作方式”中找不到承接部门"), Assert.Single(list.Warnings));
    }
}
