using DutyLists.Import.Model;

namespace DutyLists.Import.Tests.PdfText;

public class BasicListTests
{
    private static IReadOnlyList<ParsedDuty> Basic => SeedDocuments.Document002.Of(DutyKind.Basic);

    [Fact]
    public void ReadsAll138BasicDutiesNumberedInOrder()
    {
        Assert.Equal(138, Basic.Count);
        Assert.Equal(Enumerable.Range(1, 138), Basic.Select(d => d.Number));
    }

    [Fact]
    public void CountsDutiesPerCategoryAsListed()
    {
        var expected = new (string, int)[]
        {
            ("党的建设", 32), ("经济发展", 8), ("民生服务", 11), ("平安法治", 4), ("乡村振兴", 13), ("精神文明建设", 6),
            ("社会管理", 4), ("安全稳定", 3), ("民族宗教", 3), ("社会保障", 6), ("自然资源", 9), ("生态环保", 5),
            ("城乡建设", 9), ("交通运输", 1), ("文化和旅游", 4), ("卫生健康", 4), ("应急管理及消防", 5), ("市场监管", 3),
            ("投资促进", 1), ("综合政务", 7),
        };
        var actual = Basic.GroupBy(d => d.Category).Select(g => (g.Key, g.Count())).ToArray();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void JoinsANameWrappedOverThreeLinesWithoutSeparators()
    {
        // L48-51: "1 党的建设" / "深入学习…批示精神，完" / "整准确全面…加强政" / "治建设，…开展党内集中教育"
        var first = Basic[0];
        Assert.Equal("党的建设", first.Category);
        Assert.Equal(
            "深入学习贯彻习近平新时代中国特色社会主义思想和习近平总书记关于新疆工作的重要讲话重要指示批示精神，完整准确全面贯彻新时代党的治疆方略，宣传和执行党的路线方针政策，执行上级党组织及本级党组织决议，加强政治建设，坚定拥护“两个确立”、坚决做到“两个维护”，开展党内集中教育",
            first.Name);
        Assert.Equal(48, first.Line);
    }

    [Fact]
    public void ReadsANameOnTheNumberLine()
    {
        // L57: "3 党的建设 组织开展基层理论宣讲，深化习近平新时代中国特色社会主义思想进万家活动"
        Assert.Equal("组织开展基层理论宣讲，深化习近平新时代中国特色社会主义思想进万家活动", Basic[2].Name);
    }

    [Fact]
    public void KeepsTheMixedBracketAsWritten()
    {
        // L103: "22 党的建设 推动监察职能向村(社区）延伸，深化整治群众身边不正之风和腐败问题"
        Assert.Equal("推动监察职能向村(社区）延伸，深化整治群众身边不正之风和腐败问题", Basic[21].Name);
    }

    [Fact]
    public void JoinsACategoryWrappedOntoTheNextLine()
    {
        // L352-355: "123 应急管理及" / "消防" / "" / "健全落实应急管理及消防安全责任制，…"
        var item = Basic[122];
        Assert.Equal("应急管理及消防", item.Category);
        Assert.Equal("健全落实应急管理及消防安全责任制，编制实施镇、村（社区）消防规划，加强公共消防设施、安全生产基础设施建设", item.Name);
        Assert.All(Basic.Skip(68).Take(6), d => Assert.Equal("精神文明建设", d.Category));
    }

    [Fact]
    public void DropsThePageFooterAndRepeatedHeaders()
    {
        // L105-113: "23 党的建设 负责镇人大换届选举…" / "第 3 页，共 100 页" / "序号 事项类别 事项名称" / "24 党的建设 …"
        Assert.Equal("负责镇人大换届选举，履行镇人大主席团职责，做好人大代表的履职服务、保障等工作", Basic[22].Name);
        Assert.Equal("负责人大代表联络站建设", Basic[23].Name);
        Assert.DoesNotContain(Basic, d => d.Name.Contains("序号", StringComparison.Ordinal) || d.Name.Contains('页'));
    }

    [Fact]
    public void ReadsTheLastItemBeforeTheCooperativeHeading()
    {
        // L405-406: "138 综合政务 加强便民服务中心规范化建设，开展政务服务工作" / " 配合履职事项清单"
        var last = Basic[^1];
        Assert.Equal(("综合政务", "加强便民服务中心规范化建设，开展政务服务工作"), (last.Category, last.Name));
    }
}
