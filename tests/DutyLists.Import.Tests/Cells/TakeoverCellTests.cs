using DutyLists.Import.Cells;
using DutyLists.Import.Model;

namespace DutyLists.Import.Tests.Cells;

public class TakeoverCellTests
{
    [Fact]
    public void DepartmentThenTakeoverMethod()
    {
        // 000 reclaimed #2 (L335)
        var result = TakeoverCell.Parse("县人力资源和社会保障局 承接方式：由县人力资源和社会保障局负责开展工伤认定调查");

        Assert.Equal([new Takeover("县人力资源和社会保障局", "由县人力资源和社会保障局负责开展工伤认定调查")], result.Takeovers);
        Assert.False(result.Discontinued);
    }

    [Fact]
    public void MethodNotStartingWithYou()
    {
        // 000 reclaimed #47: 县消防救援局 承接方式：县消防救援局负责推动微型消防站建设
        Assert.Equal([new Takeover("县消防救援局", "县消防救援局负责推动微型消防站建设")], TakeoverCell.Parse("县消防救援局 承接方式：县消防救援局负责推动微型消防站建设").Takeovers);
    }

    [Fact]
    public void DepartmentWithColon()
    {
        // 001 reclaimed #2: 木垒县民政局： 负责收养登记。
        Assert.Equal([new Takeover("木垒县民政局", "负责收养登记。")], TakeoverCell.Parse("木垒县民政局： 负责收养登记。").Takeovers);
    }

    [Fact]
    public void NumberedStepsStayInTheMethod()
    {
        // 001 reclaimed #35
        var result = TakeoverCell.Parse("木垒县市场监督管理局： 1.申请人需提交相关申请材料至县市场监督管理局； 2.县市场监督管理局进行初步核查；");

        Assert.Equal([new Takeover("木垒县市场监督管理局", "1.申请人需提交相关申请材料至县市场监督管理局； 2.县市场监督管理局进行初步核查；")], result.Takeovers);
    }

    [Fact]
    public void TwoDepartmentsInOneCell()
    {
        // 004 reclaimed #23 (L366)
        var result = TakeoverCell.Parse("吉木萨尔县自然资源局： 核实建筑物、构筑物性质和时限，并将线索移交至县住房和城乡建设局开展执法工作。 吉木萨尔县住房和城乡建设局： 根据移交的线索确定拆除方式，依法处罚及拆除。");

        Assert.Equal(
            [
                new Takeover("吉木萨尔县自然资源局", "核实建筑物、构筑物性质和时限，并将线索移交至县住房和城乡建设局开展执法工作。"),
                new Takeover("吉木萨尔县住房和城乡建设局", "根据移交的线索确定拆除方式，依法处罚及拆除。"),
            ],
            result.Takeovers);
    }

    [Fact]
    public void ShortFormDepartmentName()
    {
        // 004 reclaimed #10: 吉木萨尔县残联： 负责对…的奖励。
        Assert.Equal("吉木萨尔县残联", Assert.Single(TakeoverCell.Parse("吉木萨尔县残联： 负责对做出显著成绩的单位和个人的奖励。").Takeovers).Department);
    }

    [Fact]
    public void NoLongerDoneHasNoDepartment()
    {
        // 000 reclaimed #1 (L334) and #14
        var result = TakeoverCell.Parse("不再开展此项工作");

        Assert.True(result.Discontinued);
        Assert.Empty(result.Takeovers);
    }

    [Fact]
    public void TextWithoutDepartmentKeepsTheText()
    {
        var result = TakeoverCell.Parse("由上级部门统一组织实施");

        Assert.False(result.Discontinued);
        Assert.Equal([new Takeover(null, "由上级部门统一组织实施")], result.Takeovers);
    }

    [Fact]
    public void LabelledPairsOfThePdfLayout()
    {
        // 002 L6310-6311, item 12: "承接部门：泽普县农业农村局：" / "工作方式：1.政策宣传与指导：…" (stray colon after the name)
        var single = TakeoverCell.Parse("承接部门：泽普县农业农村局： 工作方式：1.政策宣传与指导：通过线上线下多种渠道宣传。");
        var two = TakeoverCell.Parse("承接部门：泽普县民政局 工作方式：负责审核。 承接部门：泽普县财政局 工作方式：负责发放。");

        Assert.Equal([new Takeover("泽普县农业农村局", "1.政策宣传与指导：通过线上线下多种渠道宣传。")], single.Takeovers);
        Assert.Equal([new Takeover("泽普县民政局", "负责审核。"), new Takeover("泽普县财政局", "负责发放。")], two.Takeovers);
    }
}
