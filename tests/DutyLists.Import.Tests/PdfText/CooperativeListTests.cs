using DutyLists.Import.Model;
using Xunit.Abstractions;

namespace DutyLists.Import.Tests.PdfText;

public class CooperativeListTests(ITestOutputHelper output)
{
    private static IReadOnlyList<ParsedDuty> Cooperative => SeedDocuments.Document002.Of(DutyKind.Cooperative);

    private static ParsedDuty Item(int number) => SeedDocuments.Document002.Item(DutyKind.Cooperative, number);

    [Fact]
    public void ReadsAll108CooperativeDutiesNumberedInOrder()
    {
        Assert.Equal(Enumerable.Range(1, 108), Cooperative.Select(d => d.Number));
    }

    [Fact]
    public void CountsDutiesPerCategoryAsListed()
    {
        var expected = new (string, int)[]
        {
            ("党的建设", 11), ("经济发展", 2), ("民生服务", 5), ("平安法治", 2), ("乡村振兴", 17), ("社会管理", 2),
            ("安全稳定", 1), ("社会保障", 7), ("自然资源", 10), ("生态环保", 9), ("城乡建设", 9), ("商贸流通", 1),
            ("文化和旅游", 7), ("卫生健康", 2), ("应急管理及消防", 14), ("市场监管", 7), ("综合政务", 2),
        };
        Assert.Equal(expected, Cooperative.GroupBy(d => d.Category).Select(g => (g.Key, g.Count())).ToArray());
    }

    [Fact]
    public void MatchesTheHandReadNamesAndDepartmentsAndFlagsEveryMiss()
    {
        var expected = ExpectedCooperative.Load();
        Assert.Equal(108, expected.Count);
        var nameMisses = new List<int>();
        var departmentMisses = new List<int>();
        foreach (var want in expected)
        {
            var got = Item(want.Number);
            Assert.Equal(want.Category, got.Category);
            if (got.Name != want.Name)
            {
                nameMisses.Add(want.Number);
            }

            if (!got.Departments.SequenceEqual(want.Departments))
            {
                departmentMisses.Add(want.Number);
            }
        }

        var nameAccuracy = 1 - (nameMisses.Count / 108.0);
        var departmentAccuracy = 1 - (departmentMisses.Count / 108.0);
        output.WriteLine($"numbers 108/108, categories 108/108, names {108 - nameMisses.Count}/108 ({nameAccuracy:P1}), departments {108 - departmentMisses.Count}/108 ({departmentAccuracy:P1})");
        Assert.True(nameAccuracy >= 0.95, $"names right for {nameAccuracy:P1}: {string.Join(", ", nameMisses)}");
        Assert.True(departmentAccuracy >= 0.95, $"departments right for {departmentAccuracy:P1}: {string.Join(", ", departmentMisses)}");
        Assert.All(nameMisses.Concat(departmentMisses), n => Assert.NotNull(Item(n).ReviewReason));
    }

    [Fact]
    public void FindsTheThirtyFiveDeclaredDepartments()
    {
        var departments = Cooperative.SelectMany(d => d.Departments).Distinct().ToList();
        Assert.Equal(35, departments.Count);
        Assert.Contains("中国人民政治协商会议泽普县委员会", departments);
        Assert.Contains("喀什地区生态环境局泽普县分局", departments);
        Assert.Contains("泽普县档案史志馆", departments);
    }

    [Fact]
    public void ReadsTheFirstItemWithBothDutyTextsToldApartByWidth()
    {
        // L426-462: name "推荐县级以"/"上党代表工"/…/"作"; township text L439 (≈19 wide) before upper text L454 (≈25 wide).
        var first = Item(1);
        Assert.Equal(("党的建设", "推荐县级以上党代表工作"), (first.Category, first.Name));
        Assert.Equal(["泽普县委组织部"], first.Departments);
        Assert.Equal(new ResponsibilityItem("1.", "对镇上报的代表候选人初步人选进行差额考察，并予以反馈；"), first.DepartmentResponsibilities[0]);
        Assert.Equal(new ResponsibilityItem("4.", "提请县委予以批复"), first.DepartmentResponsibilities[^1]);
        Assert.Equal(7, first.TownshipResponsibilities.Count);
        Assert.Equal(new ResponsibilityItem("1.", "制定代表选举工作实施方案，进行选举宣传动员；"), first.TownshipResponsibilities[0]);
        Assert.Equal((1.0, null), (first.Confidence, first.ReviewReason));
        Assert.Empty(first.SourceLines);
    }

    [Fact]
    public void ReadsAnItemFromTheMiddleWithSeveralDepartments()
    {
        // L3342-3366: "泽普县发/展和改革/委员会、/…/县交通运/输" + "局" below the number 63.
        var item = Item(63);
        Assert.Equal(("生态环保", "开展节能降碳和民用散煤管理工作"), (item.Category, item.Name));
        Assert.Equal(["泽普县发展和改革委员会", "泽普县市场监督管理局", "喀什地区生态环境局泽普县分局", "泽普县交通运输局"], item.Departments);
        Assert.Equal(new ResponsibilityItem(null, "泽普县发展和改革委员会：", IsHeading: true), item.DepartmentResponsibilities[0]);
    }

    [Fact]
    public void ReadsTheLastItem()
    {
        // L6187-6211: name wrapped at five characters down to "政务AP" / "P".
        var last = Item(108);
        Assert.Equal(("综合政务", "落实“一网统管”数字化治理体系相关工作要求，加强政府网站建设，指导群众使用相关政务APP"), (last.Category, last.Name));
        Assert.Equal(["泽普县人民政府办公室"], last.Departments);
    }

    [Fact]
    public void ReadsANumberGluedToACategoryFragment()
    {
        // L4026-4028: "文化" / "和旅77" / "游"
        var item = Item(77);
        Assert.Equal(("文化和旅游", "打造星级农家乐、旅游民宿"), (item.Category, item.Name));
        Assert.Equal(["泽普县自然资源局", "泽普县住房和城乡建设局", "泽普县文化体育广播电视和旅游局"], item.Departments);
        Assert.All(Cooperative.Where(d => d.Number is >= 77 and <= 83), d => Assert.Equal("文化和旅游", d.Category));
    }

    [Fact]
    public void ReadsANumberPrintedWithTheCategoryAndPartOfTheName()
    {
        // L3301-3307: "农村饮用水" / "62 生态环保源地保护工" / … / "作"
        var item = Item(62);
        Assert.Equal(("生态环保", "农村饮用水源地保护工作", 3301), (item.Category, item.Name, item.Line));
        Assert.Equal(["泽普县水利局"], item.Departments);
    }

    [Fact]
    public void ReadsANumberSplitOverTwoLines()
    {
        // L2265 "3" … L2287 "8" (item 37's township text printed in between)
        var item = Item(38);
        Assert.Equal(("社会管理", "农村户籍分户、落户工作"), (item.Category, item.Name));
        Assert.Equal(["泽普县公安局"], item.Departments);
        Assert.StartsWith("按照县上下发的果树技术规程", Item(37).TownshipResponsibilities[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void IgnoresStrayDigitsInsideAGarbledCell()
    {
        // L5200 "1" and L5250 "2" sit in item 88's scrambled text; the next item is still 89 at L5329.
        var item = Item(89);
        Assert.Equal(("应急管理及消防", "组织实施应急救援"), (item.Category, item.Name));
        Assert.Equal(5325, item.Line);
    }

    [Fact]
    public void JoinsACategorySplitIntoThreeFragments()
    {
        // L5325-5331: "应急" / "管理" / "及消" / "89" / "防"
        Assert.Equal(14, Cooperative.Count(d => d.Category == "应急管理及消防"));
    }

    [Fact]
    public void KeepsASingleDepartmentCharacterThatLooksLikeAHeaderPiece()
    {
        // L969-972: "泽普县委" / "社会工作" / "" / "部"
        Assert.Equal(["泽普县委社会工作部"], Item(9).Departments);
    }

    [Fact]
    public void DropsHeaderPiecesAtAPageStart()
    {
        // L2451-2455: " 部" / "上" / "门" / " 做好政策性"
        Assert.Equal("做好政策性农业、畜牧业保险参保工作", Item(43).Name);
        Assert.Equal("保护野生动物", Item(56).Name);
    }

    [Fact]
    public void CompletesADepartmentWithACharacterPrintedUnderTheName()
    {
        // L2318-2322: "泽普县民" / "政" / "" / "地名管理" / "局"
        var item = Item(39);
        Assert.Equal(("地名管理", "泽普县民政局"), (item.Name, Assert.Single(item.Departments)));
    }

    [Fact]
    public void GivesTextsAfterAPageBreakToTheItemThatLacksThem()
    {
        // L1042 "1.向巡察组全面介绍被巡察村（社区）的基…" follows item 10's text and a page header but is item 11's.
        Assert.StartsWith("向巡察组全面介绍被巡察村（社区）的基本情况", Item(11).TownshipResponsibilities[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("根据县委要求和实际情况", Item(11).DepartmentResponsibilities[0].Text, StringComparison.Ordinal);
        Assert.Equal(new ResponsibilityItem(null, "泽普县委组织部：", IsHeading: true), Item(10).DepartmentResponsibilities[0]);
    }

    [Fact]
    public void KeepsAsciiAngleBracketsSplitOverTwoLines()
    {
        // L4444-4445: "1.依照《自治区实施<地方党政领导干部安全生产责任" / "制规定>细则》确定的职责范围，…"
        Assert.StartsWith(
            "依照《自治区实施<地方党政领导干部安全生产责任制规定>细则》确定的职责范围",
            Item(86).DepartmentResponsibilities.First(r => r.Text.Contains('<')).Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void FlagsTheCellsPrintedOneCharacterPerLine()
    {
        // L2550-2618 (item 44, township text) and L4596-5304 (item 88, upper text): one character per line, columns interleaved.
        foreach (var (number, firstScrambled) in new[] { (44, "根"), (88, "泽") })
        {
            var item = Item(number);
            Assert.Equal(0.3, item.Confidence);
            Assert.StartsWith("表格内容被逐字拆散", item.ReviewReason, StringComparison.Ordinal);
            Assert.Contains(firstScrambled, item.SourceLines);
        }

        Assert.Equal("老年人高龄津贴的发放管理", Item(44).Name);
        Assert.Equal(11, Item(88).Departments.Count);
    }

    [Fact]
    public void FlagsTheDutyTextsMixedByPaddingAndDetachedCharacters()
    {
        // L1957 "爱" / L1958 "护辖区末级渠系，保护辖区水资源；　　　…" (U+3000 padding), L1969 "正"
        var item = Item(31);
        Assert.True(item.Confidence < 1);
        Assert.Contains("全角空格", item.ReviewReason, StringComparison.Ordinal);
        Assert.Contains("爱", item.SourceLines);
        Assert.Equal("开展水利领域安全生产宣传，引导群众正确使用及爱护辖区末级渠系，保护辖区水资源；", item.DepartmentResponsibilities[0].Text);
    }

    [Fact]
    public void LeavesItemsItIsSureOfUnflagged()
    {
        var sure = Cooperative.Where(d => d.Confidence == 1.0).ToList();
        Assert.All(sure, d => Assert.Null(d.ReviewReason));
        Assert.All(sure, d => Assert.NotEmpty(d.DepartmentResponsibilities));
        Assert.All(sure, d => Assert.NotEmpty(d.TownshipResponsibilities));
        Assert.All(Cooperative.Where(d => d.Confidence < 1), d => Assert.NotEmpty(d.SourceLines));
    }
}

/// <summary>The hand-read names and departments of 002's cooperative list (Fixtures/002-cooperative-expected.tsv).</summary>
internal sealed record ExpectedCooperative(int Number, string Category, string Name, IReadOnlyList<string> Departments)
{
    public static List<ExpectedCooperative> Load() =>
    [
        .. File.ReadAllLines(Path.Combine(SeedDocuments.FixtureDirectory, "002-cooperative-expected.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(c => new ExpectedCooperative(int.Parse(c[0]), c[1], c[2], c[3].Split('、'))),
    ];
}
