using DutyLists.Import.Cells;
using DutyLists.Import.Model;

namespace DutyLists.Import.Tests.Cells;

public class ResponsibilityTextTests
{
    [Fact]
    public void ParagraphsBecomeNumberedEntries()
    {
        // 000 coop #1 (L121)
        var items = ResponsibilityText.Parse("<p>1.确定代表名额，并分配至镇党委；</p> <p>2.会同纪委监委、统战、政法、信访等部门对代表候选人预备人选进行资格联审；</p> <p>3.审查后报县委批复。</p>");

        Assert.Equal(
            [
                new ResponsibilityItem("1.", "确定代表名额，并分配至镇党委；"),
                new ResponsibilityItem("2.", "会同纪委监委、统战、政法、信访等部门对代表候选人预备人选进行资格联审；"),
                new ResponsibilityItem("3.", "审查后报县委批复。"),
            ],
            items);
    }

    [Fact]
    public void PlainTextWithInlineNumberingSplitsAtEachNumber()
    {
        // 000 coop #24 (L147): entries separated by a space, no HTML
        var items = ResponsibilityText.Parse("1.向镇发出调查取证、查人找物等协助事项的通知，包含协助执行通知书、协助调查表、工作人员证件等； 2.接收镇调查取证、查人找物结果，进行后续处理。");

        Assert.Equal(
            [
                new ResponsibilityItem("1.", "向镇发出调查取证、查人找物等协助事项的通知，包含协助执行通知书、协助调查表、工作人员证件等；"),
                new ResponsibilityItem("2.", "接收镇调查取证、查人找物结果，进行后续处理。"),
            ],
            items);
    }

    [Fact]
    public void HalfWidthSemicolonsDoNotDisturbTheSplit()
    {
        // 000 coop #94: half-width ; and , in Chinese text
        var items = ResponsibilityText.Parse("1.负责文化惠民相关活动的宣传; 2.接收书籍、分发至村,组织村民阅读; 3.提供活动场地,组织本辖区文化爱好者、志愿者参与活动。");

        Assert.Equal(["1.", "2.", "3."], items.Select(i => i.Number));
        Assert.Equal("接收书籍、分发至村,组织村民阅读;", items[1].Text);
    }

    [Fact]
    public void UnclosedOrderedListWithSpacedNumbersIsReadEntryByEntry()
    {
        // 003 #44 township cell (L93): <ol> never closed, no <li>, "1. " with a space
        var items = ResponsibilityText.Parse("<ol style=\"list-style-type: none\"> 1. 开展防震减灾知识的宣传教育，增强村（居）民的防震减灾意识。 2. 制定镇级地震应急预案并组织应急演练。");

        Assert.Equal(
            [new ResponsibilityItem("1.", "开展防震减灾知识的宣传教育，增强村（居）民的防震减灾意识。"), new ResponsibilityItem("2.", "制定镇级地震应急预案并组织应急演练。")],
            items);
    }

    [Fact]
    public void UnnumberedListEntriesSeparatedOnlyBySpacesBecomeSeparateEntries()
    {
        // 003 #16 township cell (L35)
        var items = ResponsibilityText.Parse("<ol style=\"list-style-type: none\"> 负责受理、调查、录入核查申请低保人员信息。 联合区民政局、嘎查村(社区)进行入户核查。 负责档案管理。");

        Assert.Equal(
            [
                new ResponsibilityItem(null, "负责受理、调查、录入核查申请低保人员信息。"),
                new ResponsibilityItem(null, "联合区民政局、嘎查村(社区)进行入户核查。"),
                new ResponsibilityItem(null, "负责档案管理。"),
            ],
            items);
    }

    [Fact]
    public void NestedUnclosedBulletListKeepsParenthesisedNumbers()
    {
        // 003 #27 township cell (L52): <ul> inside <ol>, both unclosed, with （1）…（5）
        var items = ResponsibilityText.Parse("<ol style=\"list-style-type: none\"> 1. 组织辖区各嘎查村（社区）开展消隐患、去盲点、遏事故专项摸排整治行动，重点检查： <ul style=\"list-style-type: none\"> （1）各类长期停产企业是否存在私拉乱接电线偷电。 （2）是否存在未经批准改作宿舍用途问题。 2. 宣传普及安全生产知识。");

        Assert.Equal(["1.", "（1）", "（2）", "2."], items.Select(i => i.Number));
        Assert.Equal("是否存在未经批准改作宿舍用途问题。", items[2].Text);
    }

    [Fact]
    public void ChineseNumeralParagraphsFollowedBySteps_AreSubHeadings()
    {
        // 000 coop #45: <p>一、家养动物（宠物）的管理</p> … <p>二、流浪犬、猫的控制和处置管理工作</p>
        var items = ResponsibilityText.Parse("<p>一、家养动物（宠物）的管理</p> <p>1.县公安局负责犬只等家养动物（宠物）的备案登记；</p> <p>二、流浪犬、猫的控制和处置管理工作</p> <p>1.县农业农村局提供流浪犬、猫的收容收养点；</p>");

        Assert.Equal(
            [
                new ResponsibilityItem("一、", "家养动物（宠物）的管理", IsHeading: true),
                new ResponsibilityItem("1.", "县公安局负责犬只等家养动物（宠物）的备案登记；"),
                new ResponsibilityItem("二、", "流浪犬、猫的控制和处置管理工作", IsHeading: true),
                new ResponsibilityItem("1.", "县农业农村局提供流浪犬、猫的收容收养点；"),
            ],
            items);
    }

    [Fact]
    public void SubHeadingWithASpaceAfterTheMarkerLosesTheSpace()
    {
        // 000 coop #104: <p>一、 灾中救助</p>
        var items = ResponsibilityText.Parse("<p>一、 灾中救助</p> <p>1.县应急管理局组织实施自然灾害应急救助；</p>");

        Assert.Equal(new ResponsibilityItem("一、", "灾中救助", IsHeading: true), items[0]);
    }

    [Fact]
    public void PlainTextSubHeadingsAreSplitFromTheirSteps()
    {
        // 000 coop #32 (L172): 一、农药使用指导、服务工作 1.制定… 二、…
        var items = ResponsibilityText.Parse("一、农药使用指导、服务工作 1.制定农药减量施用实施方案； 二、农药包装废弃物回收清理工作 1.依法查处未按规定回收农药包装废弃物的违法行为。");

        Assert.Equal(
            [
                new ResponsibilityItem("一、", "农药使用指导、服务工作", IsHeading: true),
                new ResponsibilityItem("1.", "制定农药减量施用实施方案；"),
                new ResponsibilityItem("二、", "农药包装废弃物回收清理工作", IsHeading: true),
                new ResponsibilityItem("1.", "依法查处未按规定回收农药包装废弃物的违法行为。"),
            ],
            items);
    }

    [Fact]
    public void DepartmentLabelParagraphsBecomeHeadings()
    {
        // 000 coop #62 (L226): <p>县自然资源局：</p> <p>1.牵头…</p> … <p>县林业和草原局：</p> <p>向镇提供草原承包原始档案。</p>
        var items = ResponsibilityText.Parse("<p>县自然资源局：</p> <p>1.牵头制定草原确权工作方案，并对镇进行培训；</p> <p>县林业和草原局：</p> <p>向镇提供草原承包原始档案。</p>");

        Assert.Equal(
            [
                new ResponsibilityItem(null, "县自然资源局", IsHeading: true),
                new ResponsibilityItem("1.", "牵头制定草原确权工作方案，并对镇进行培训；"),
                new ResponsibilityItem(null, "县林业和草原局", IsHeading: true),
                new ResponsibilityItem(null, "向镇提供草原承包原始档案。"),
            ],
            items);
    }

    [Fact]
    public void PlainTextDepartmentLabelsSplitTheCell()
    {
        // 000 coop #31 (L171)
        var items = ResponsibilityText.Parse("县教育局： 推送中职、高职学生相关数据。 县农业农村局： 1.对相关材料进行复核，并将审核结果反馈至镇； 2.核实发放补助资金，并对资金发放情况进行抽查。");

        Assert.Equal(
            [
                new ResponsibilityItem(null, "县教育局", IsHeading: true),
                new ResponsibilityItem(null, "推送中职、高职学生相关数据。"),
                new ResponsibilityItem(null, "县农业农村局", IsHeading: true),
                new ResponsibilityItem("1.", "对相关材料进行复核，并将审核结果反馈至镇；"),
                new ResponsibilityItem("2.", "核实发放补助资金，并对资金发放情况进行抽查。"),
            ],
            items);
    }

    [Fact]
    public void DepartmentLabelsWithoutColonAreRecognised()
    {
        // 001 coop #80 (L284)
        var items = ResponsibilityText.Parse("县委宣传部 1.按要求向大石头乡配备各类图书； 2.指导大石头乡做好图书选购，督促新华书店做好图书配送、发放工作。 县文化体育广播电视台和旅游局 指导大石头乡分类整理图书编目。");

        Assert.Equal(
            [
                new ResponsibilityItem(null, "县委宣传部", IsHeading: true),
                new ResponsibilityItem("1.", "按要求向大石头乡配备各类图书；"),
                new ResponsibilityItem("2.", "指导大石头乡做好图书选购，督促新华书店做好图书配送、发放工作。"),
                new ResponsibilityItem(null, "县文化体育广播电视台和旅游局", IsHeading: true),
                new ResponsibilityItem(null, "指导大石头乡分类整理图书编目。"),
            ],
            items);
    }

    [Fact]
    public void LabelParagraphBeforeAnUnnumberedList()
    {
        // 001 coop #87 (L299): <p>县应急管理局</p> <ol …> 统筹自然灾害综合监测预警; 自然灾害预警发布后，…
        var items = ResponsibilityText.Parse("<p>县应急管理局</p> <ol style=\"list-style-type: none\"> 统筹自然灾害综合监测预警; 自然灾害预警发布后，统筹极端天气防灾减灾巡查； <p>县自然资源局</p> <ol style=\"list-style-type: none\"> 统筹地质灾害监测；");

        Assert.Equal(
            [
                new ResponsibilityItem(null, "县应急管理局", IsHeading: true),
                new ResponsibilityItem(null, "统筹自然灾害综合监测预警;"),
                new ResponsibilityItem(null, "自然灾害预警发布后，统筹极端天气防灾减灾巡查；"),
                new ResponsibilityItem(null, "县自然资源局", IsHeading: true),
                new ResponsibilityItem(null, "统筹地质灾害监测；"),
            ],
            items);
    }

    [Fact]
    public void LabelInsideAParagraphWithItsSteps()
    {
        // 003 #16 upper cell (L35): <p>区民政局： 1. 对街镇上报的材料进行复审…</p>
        var items = ResponsibilityText.Parse("<p>区民政局： 1. 对街镇上报的材料进行复审，确定低保金并反馈街镇。 2. 确认发放人员名单后提交区财政局，发放低保金。</p>");

        Assert.Equal(
            [
                new ResponsibilityItem(null, "区民政局", IsHeading: true),
                new ResponsibilityItem("1.", "对街镇上报的材料进行复审，确定低保金并反馈街镇。"),
                new ResponsibilityItem("2.", "确认发放人员名单后提交区财政局，发放低保金。"),
            ],
            items);
    }

    [Fact]
    public void WrappedLabelAndAliasLabelAreRejoined()
    {
        // 003 #38 <p>区行政审批政务服 务与数据管理局：</p>; 003 #41 <p>区农牧局(区水务局):</p>
        var wrapped = ResponsibilityText.Parse("<p>区行政审批政务服 务与数据管理局：</p> <p>负责城镇燃气经营许可的材料初审。</p>");
        var alias = ResponsibilityText.Parse("<p>区农牧局(区水务局):</p> <ol style=\"list-style-type: none\"> 承担水情、旱情监测预报预警和信息共享工作。");

        Assert.Equal(new ResponsibilityItem(null, "区行政审批政务服务与数据管理局", IsHeading: true), wrapped[0]);
        Assert.Equal(new ResponsibilityItem(null, "区农牧局(区水务局)", IsHeading: true), alias[0]);
        Assert.Equal(2, alias.Count);
    }

    [Fact]
    public void LiteralAngleBracketsThatAreNotTagsSurvive()
    {
        // 002 item 86 writes an ASCII <…> around a document title; it must not be stripped as a tag.
        var plain = ResponsibilityText.Parse("1.依照《自治区实施<地方党政领导干部安全生产责任制规定>细则》履行职责。");
        var mixed = ResponsibilityText.Parse("<p>1.依照《自治区实施<地方党政领导干部安全生产责任制规定>细则》履行职责。</p>");

        Assert.Equal("依照《自治区实施<地方党政领导干部安全生产责任制规定>细则》履行职责。", Assert.Single(plain).Text);
        Assert.Equal("依照《自治区实施<地方党政领导干部安全生产责任制规定>细则》履行职责。", Assert.Single(mixed).Text);
    }

    [Fact]
    public void FullWidthAngleBracketsSurvive()
    {
        // 000 coop #102: 《自治区实施〈地方党政领导干部安全生产责任制规定〉细则》 (U+3008/U+3009)
        var item = Assert.Single(ResponsibilityText.Parse("5.依照《自治区实施〈地方党政领导干部安全生产责任制规定〉细则》履行职责。"));

        Assert.Equal("依照《自治区实施〈地方党政领导干部安全生产责任制规定〉细则》履行职责。", item.Text);
    }

    [Fact]
    public void NoOutputEverContainsMarkup()
    {
        var items = ResponsibilityText.Parse("<p>区应急管理局：</p> <ol style=\"list-style-type: none\"> 1. 对安全隐患进行督导协调，督促相关地区 and 单位落实安全生产监管责任。 <p>其他行业主管部门结合实际予以全面排查整治。</p>");

        Assert.DoesNotContain(items, i => i.Text.Contains("<p", StringComparison.Ordinal) || i.Text.Contains("style", StringComparison.Ordinal));
        Assert.Equal("对安全隐患进行督导协调，督促相关地区 and 单位落实安全生产监管责任。", items[1].Text);
        Assert.Equal(new ResponsibilityItem(null, "其他行业主管部门结合实际予以全面排查整治。"), items[2]);
    }

    [Fact]
    public void StrayFullStopIsDropped()
    {
        // 001 coop #71: …规定条件进行审核、公示、分配； 2.发现违法违规行为，依法依规处理并做好清退工作。 。
        var items = ResponsibilityText.Parse("1.按规定条件进行审核、公示、分配； 2.发现违法违规行为，依法依规处理并做好清退工作。 。");

        Assert.Equal([new ResponsibilityItem("1.", "按规定条件进行审核、公示、分配；"), new ResponsibilityItem("2.", "发现违法违规行为，依法依规处理并做好清退工作。")], items);
    }

    [Fact]
    public void DecimalNumbersAreNotTakenForMarkers()
    {
        var item = Assert.Single(ResponsibilityText.Parse("1.全镇耕地面积 1.44万亩，逐块核实。"));

        Assert.Equal(new ResponsibilityItem("1.", "全镇耕地面积 1.44万亩，逐块核实。"), item);
    }

    [Fact]
    public void EmptyCellHasNoEntries()
    {
        Assert.Empty(ResponsibilityText.Parse("  "));
    }

    [Fact]
    public void UnnumberedListEntriesAfterALabelInsideTheList()
    {
        var items = ResponsibilityText.Parse("<ol style=\"list-style-type: none\"> 区民政局： 负责受理申请。 负责档案管理。");

        Assert.Equal(
            [new ResponsibilityItem(null, "区民政局", IsHeading: true), new ResponsibilityItem(null, "负责受理申请。"), new ResponsibilityItem(null, "负责档案管理。")],
            items);
    }
}
