using DutyLists.Import.Model;

namespace DutyLists.Import.Tests.PdfText;

public class ReclaimedListTests
{
    private static readonly int[] MultiDepartmentItems = [14, 43, 44, 45];

    private static IReadOnlyList<ParsedDuty> Reclaimed => SeedDocuments.Document002.Of(DutyKind.Reclaimed);

    [Fact]
    public void ReadsAll47ReclaimedDutiesIn10Categories()
    {
        Assert.Equal(Enumerable.Range(1, 47), Reclaimed.Select(d => d.Number));
        var expected = new (string, int)[]
        {
            ("民生服务", 8), ("乡村振兴", 5), ("社会保障", 6), ("自然资源", 3), ("生态环保", 3), ("城乡建设", 12),
            ("交通运输", 2), ("卫生健康", 2), ("应急管理及消防", 4), ("市场监管", 2),
        };
        Assert.Equal(expected, Reclaimed.GroupBy(d => d.Category).Select(g => (g.Key, g.Count())).ToArray());
    }

    [Fact]
    public void ReadsAWrappedNameAndOneTakeover()
    {
        // L6247-6253: "1 民生服务" / "出具婚姻状况证明（婚姻关系证明、分" / "居证明）" / "" / "承接部门：泽普县民政局" / "工作方式：负责…"
        var first = Reclaimed[0];
        Assert.Equal("出具婚姻状况证明（婚姻关系证明、分居证明）", first.Name);
        var takeover = Assert.Single(first.Takeovers);
        Assert.Equal("泽普县民政局", takeover.Department);
        Assert.Equal("负责对本行政区域内个人申请补领、补办、更换结婚登记证且符合条件的出具婚姻状况证明（婚姻关系证明、分居证明）。", takeover.Method);
        Assert.False(first.Discontinued);
        Assert.StartsWith("承接部门：泽普县民政局\n工作方式：负责对本行政区域内", first.TakeoverText, StringComparison.Ordinal);
    }

    [Fact]
    public void SplitsNameAndStatementOnOneLineForADutyNoLongerDone()
    {
        // L6272: "6 民生服务 对完成城镇新增就业人数任务的考核 落实党中央精简优化基层考核有关要求，不再对镇进行考核。"
        var item = Reclaimed[5];
        Assert.Equal("对完成城镇新增就业人数任务的考核", item.Name);
        Assert.True(item.Discontinued);
        Assert.Empty(item.Takeovers);
        Assert.Equal("落实党中央精简优化基层考核有关要求，不再对镇进行考核。", item.TakeoverText);
    }

    [Fact]
    public void ReadsTheStatementAfterAWrappedNameForADutyNoLongerDone()
    {
        // L6274-6278: "7 民生服务" / "对城乡居民基本医疗保险参保扩面指标" / "的考核" / "" / "落实党中央…不再对镇级进行考核。"
        var item = Reclaimed[6];
        Assert.Equal("对城乡居民基本医疗保险参保扩面指标的考核", item.Name);
        Assert.True(item.Discontinued);
        Assert.Equal("落实党中央精简优化基层考核有关要求，不再对镇级进行考核。", item.TakeoverText);
        Assert.Equal(("社会抚养费征收", true), (Reclaimed[18].Name, Reclaimed[18].Discontinued));
        Assert.Equal(3, Reclaimed.Count(d => d.Discontinued));
    }

    [Fact]
    public void DropsTheStrayColonAfterADepartment()
    {
        // L6310: "承接部门：泽普县农业农村局："
        Assert.Equal("泽普县农业农村局", Assert.Single(Reclaimed[11].Takeovers).Department);
    }

    [Fact]
    public void ReadsEveryTakeoverOfADutyTakenOverBySeveralDepartments()
    {
        // L6653-6679: item 44, seven "承接部门：…" / "工作方式：…" pairs
        var item = Reclaimed[43];
        Assert.Equal("开展加油站危险化学品、设备设施安全检查", item.Name);
        Assert.Equal(
            ["泽普县应急管理局", "泽普县公安局", "泽普县市场监督管理局", "喀什地区生态环境局泽普县分局", "泽普县交通运输局", "泽普县卫生健康委员会", "泽普县消防救援局"],
            item.Takeovers.Select(t => t.Department));
        Assert.Equal("泽普县公安局负责本行政区域加油站公共安全管理；", item.Takeovers[1].Method);
        Assert.Equal([2, 3, 7, 2], MultiDepartmentItems.Select(n => Reclaimed[n - 1].Takeovers.Count));
    }

    [Fact]
    public void NamesSixteenTakingOverDepartments()
    {
        Assert.Equal(16, Reclaimed.SelectMany(d => d.Takeovers).Select(t => t.Department).Distinct().Count());
    }

    [Fact]
    public void ReadsTheLastItemAtTheEndOfTheFile()
    {
        // L6705-6710: "47 市场监管 对从事无照经营的处罚" / "承接部门：泽普县市场监督管理局" / "工作方式：开展日常巡查检查，…结案。"
        var last = Reclaimed[^1];
        Assert.Equal(("市场监管", "对从事无照经营的处罚"), (last.Category, last.Name));
        Assert.EndsWith("案件审核、决定、执行、结案。", Assert.Single(last.Takeovers).Method, StringComparison.Ordinal);
    }
}
