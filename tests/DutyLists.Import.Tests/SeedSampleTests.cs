using DutyLists.Import.Model;

namespace DutyLists.Import.Tests;

/// <summary>Rows from the start, middle and end of every list, compared with the source lines they came from.</summary>
public class SeedSampleTests
{
    [Theory]
    [InlineData(SeedFiles.File000, DutyKind.Basic, 43, 66, "乡村振兴", "负责本镇农业节水宣传教育及取用水服务管理工作")]
    [InlineData(SeedFiles.File000, DutyKind.Basic, 87, 116, "综合政务", "集中管理本镇档案，推进档案信息化建设")]
    [InlineData(SeedFiles.File000, DutyKind.Cooperative, 1, 121, "党的建设", "推荐县级以上党代表工作")]
    [InlineData(SeedFiles.File000, DutyKind.Cooperative, 61, 225, "自然资源", "森林资源征占用手续办理工作")]
    [InlineData(SeedFiles.File000, DutyKind.Cooperative, 123, 329, "教育培训监管", "校外培训机构监管工作")]
    [InlineData(SeedFiles.File000, DutyKind.Reclaimed, 1, 334, "民生服务", "出具婚姻状况证明（婚姻关系证明、分居证明）")]
    [InlineData(SeedFiles.File000, DutyKind.Reclaimed, 52, 399, "市场监管", "对从事无照经营的商户进行处罚")]
    [InlineData(SeedFiles.File001, DutyKind.Basic, 52, 79, "乡村振兴", "指导朱散得村依托畜牧养殖基础，打造以肉制品、奶制品为主的加工销售车间，争取扶持资金和项目，加强宣传推广，拓宽销售渠道，促进农牧民增收")]
    [InlineData(SeedFiles.File001, DutyKind.Cooperative, 51, 235, "自然资源", "乡镇企业、乡村公共设施和公益事业的乡村建设规划许可")]
    [InlineData(SeedFiles.File001, DutyKind.Cooperative, 103, 325, "教育培训监管", "校外培训机构监管")]
    [InlineData(SeedFiles.File001, DutyKind.Reclaimed, 18, 353, "自然资源", "对未经批准擅自取水、未按取水许可条件取水的处罚")]
    [InlineData(SeedFiles.File001, DutyKind.Reclaimed, 37, 380, "市场监管", "对从事无照经营的处罚")]
    [InlineData(SeedFiles.File003, DutyKind.Cooperative, 1, 7, "党的建设", "征兵工作")]
    [InlineData(SeedFiles.File003, DutyKind.Cooperative, 35, 72, "应急管理", "建筑施工业安全生产监督检查")]
    [InlineData(SeedFiles.File003, DutyKind.Cooperative, 69, 145, "综合政务", "村民委员会成员的任期和离任经济责任审计")]
    [InlineData(SeedFiles.File004, DutyKind.Basic, 54, 83, "精神文明建设", "培育和践行社会主义核心价值观，开展新时代爱国主义教育、国防宣传教育，开展精神文明创建工作")]
    [InlineData(SeedFiles.File004, DutyKind.Cooperative, 1, 156, "党的建设", "推荐县级以上党代表工作")]
    [InlineData(SeedFiles.File004, DutyKind.Cooperative, 102, 331, "教育培训监管", "校外培训机构监管")]
    [InlineData(SeedFiles.File004, DutyKind.Reclaimed, 15, 354, "自然资源", "对破坏或者擅自改变基本农田保护区标志的处罚")]
    [InlineData(SeedFiles.File004, DutyKind.Reclaimed, 31, 376, "市场监管", "对从事无照经营的处罚")]
    public void RowKeepsItsNumberLineCategoryAndName(string file, DutyKind kind, int number, int line, string category, string name)
    {
        var duty = SeedFiles.Duty(file, kind, number);

        Assert.Equal((line, category, name), (duty.Line, duty.Category, duty.Name));
    }

    [Theory]
    [InlineData(SeedFiles.File000, 18)]
    [InlineData(SeedFiles.File001, 18)]
    [InlineData(SeedFiles.File004, 18)]
    public void FirstBasicDutyIsTheLongPartyBuildingClause(string file, int line)
    {
        var duty = SeedFiles.Duty(file, DutyKind.Basic, 1);

        Assert.Equal(line, duty.Line);
        Assert.Equal("党的建设", duty.Category);
        Assert.StartsWith("深入学习贯彻习近平新时代中国特色社会主义思想和习近平总书记关于新疆工作的重要讲话重要指示批示精神", duty.Name);
        Assert.Equal(SeedFiles.Lines(file)[line - 1].Split('\t')[2], duty.Name);
    }

    [Fact]
    public void FirstCooperativeDutyOf000ReadsItsParagraphSteps()
    {
        // L121: 县委组织部 ⇥ <p>1.确定代表名额，并分配至镇党委；</p> <p>2.会同纪委监委…</p> <p>3.审查后报县委批复。</p>
        var duty = SeedFiles.Duty(SeedFiles.File000, DutyKind.Cooperative, 1);

        Assert.Equal(["县委组织部"], duty.Departments);
        Assert.Null(duty.OtherDepartments);
        Assert.Equal(
            [
                new ResponsibilityItem("1.", "确定代表名额，并分配至镇党委；"),
                new ResponsibilityItem("2.", "会同纪委监委、统战、政法、信访等部门对代表候选人预备人选进行资格联审；"),
                new ResponsibilityItem("3.", "审查后报县委批复。"),
            ],
            duty.DepartmentResponsibilities);
        Assert.Equal(new ResponsibilityItem("1.", "根据分配名额、代表条件和结构要求，组织所辖党支部推荐提名代表候选人推荐人选；"), duty.TownshipResponsibilities[0]);
        Assert.Empty(duty.Support);
    }

    [Fact]
    public void MiddleCooperativeDutyOf000RestoresTheElidedPrefix()
    {
        // L225: 县林业和草原局、自然资源局
        var duty = SeedFiles.Duty(SeedFiles.File000, DutyKind.Cooperative, 61);

        Assert.Equal(["县林业和草原局", "县自然资源局"], duty.Departments);
        Assert.Equal("1.", duty.DepartmentResponsibilities[0].Number);
        Assert.StartsWith("建设单位提出申请，县林业和草原局、自然资源局出具用地说明", duty.DepartmentResponsibilities[0].Text);
    }

    [Fact]
    public void LastCooperativeDutyOf000ListsEightDepartments()
    {
        // L329: 县教育局、市场监督管理局、文化体育广播电视台和旅游局、民政局、科学技术局、公安局、消防救援局、住房和城乡建设局
        var duty = SeedFiles.Duty(SeedFiles.File000, DutyKind.Cooperative, 123);

        Assert.Equal(
            ["县教育局", "县市场监督管理局", "县文化体育广播电视台和旅游局", "县民政局", "县科学技术局", "县公安局", "县消防救援局", "县住房和城乡建设局"],
            duty.Departments);
    }

    [Fact]
    public void MiddleCooperativeDutyOf001ReadsPlainInlineNumbering()
    {
        // L235: 1.负责政策制定与指导，业务培训； 2.根据初审意见进行审批。
        var duty = SeedFiles.Duty(SeedFiles.File001, DutyKind.Cooperative, 51);

        Assert.Equal(["木垒县自然资源局"], duty.Departments);
        Assert.Equal(
            [new ResponsibilityItem("1.", "负责政策制定与指导，业务培训；"), new ResponsibilityItem("2.", "根据初审意见进行审批。")],
            duty.DepartmentResponsibilities);
    }

    [Fact]
    public void LastCooperativeDutyOf004KeepsFullyPrefixedNames()
    {
        // L331: 吉木萨尔县教育局、吉木萨尔县公安局
        var duty = SeedFiles.Duty(SeedFiles.File004, DutyKind.Cooperative, 102);

        Assert.Equal(["吉木萨尔县教育局", "吉木萨尔县公安局"], duty.Departments);
        Assert.Equal(new ResponsibilityItem("1.", "县教育局做好“双减”政策讲解宣传工作；"), duty.DepartmentResponsibilities[0]);
    }

    [Fact]
    public void FirstCooperativeDutyOf003SeparatesLabelStepsAndSupport()
    {
        // L7: <p>区人民武装部：</p> <ol …> 1. 召开兵役登记工作部署会。 … 7. 按照上级下达的运输计划，组织新兵起运。 <p>履职保障： 提供业务指导。</p>
        var duty = SeedFiles.Duty(SeedFiles.File003, DutyKind.Cooperative, 1);

        Assert.Equal(["区人民武装部"], duty.Departments);
        Assert.Equal(new ResponsibilityItem(null, "区人民武装部", IsHeading: true), duty.DepartmentResponsibilities[0]);
        Assert.Equal(new ResponsibilityItem("1.", "召开兵役登记工作部署会。"), duty.DepartmentResponsibilities[1]);
        Assert.Equal(new ResponsibilityItem("7.", "按照上级下达的运输计划，组织新兵起运。"), duty.DepartmentResponsibilities[^1]);
        Assert.Equal(8, duty.DepartmentResponsibilities.Count);
        Assert.Equal([new ResponsibilityItem(null, "提供业务指导。")], duty.Support);
    }

    [Fact]
    public void MiddleCooperativeDutyOf003HasTwoLabelledDepartments()
    {
        // L72: 区住房和城乡建设局 市住房和城乡建设局 ⇥ <p>区住房和城乡建设局： 配合…</p> <p>市住房和城乡建设局： 对区…</p> <p>履职保障： 提供业务指导培训。</p>
        var duty = SeedFiles.Duty(SeedFiles.File003, DutyKind.Cooperative, 35);

        Assert.Equal(["区住房和城乡建设局", "市住房和城乡建设局"], duty.Departments);
        Assert.Equal(
            ["区住房和城乡建设局", "市住房和城乡建设局"],
            duty.DepartmentResponsibilities.Where(r => r.IsHeading).Select(r => r.Text));
        Assert.Equal("对区住房和城乡建设局上报的拒不整改隐患的企业或单位进行处置。", duty.DepartmentResponsibilities[^1].Text);
        Assert.Equal([new ResponsibilityItem(null, "提供业务指导培训。")], duty.Support);
    }

    [Fact]
    public void ReclaimedDutiesNameTheirTakingOverDepartment()
    {
        var first001 = SeedFiles.Duty(SeedFiles.File001, DutyKind.Reclaimed, 1);
        var last000 = SeedFiles.Duty(SeedFiles.File000, DutyKind.Reclaimed, 52);
        var last004 = SeedFiles.Duty(SeedFiles.File004, DutyKind.Reclaimed, 31);

        // 001 L330: 木垒县民政局： 依据婚姻登记历史档案，出具婚姻状况证明，并加盖公章。
        Assert.Equal([new Takeover("木垒县民政局", "依据婚姻登记历史档案，出具婚姻状况证明，并加盖公章。")], first001.Takeovers);
        Assert.Equal("木垒县民政局： 依据婚姻登记历史档案，出具婚姻状况证明，并加盖公章。", first001.TakeoverText);
        Assert.False(first001.Discontinued);

        // 000 L399: 县市场监督管理局 承接方式：由县市场监督管理局组织执法人员…
        Assert.Equal("县市场监督管理局", Assert.Single(last000.Takeovers).Department);
        Assert.Equal("由县市场监督管理局组织执法人员开展日常执法检查，及时制止相关违法行为，根据情节轻重按照行政处罚程序进行处置", last000.Takeovers[0].Method);

        Assert.Equal("吉木萨尔县市场监督管理局", Assert.Single(last004.Takeovers).Department);
    }

    [Theory]
    [InlineData(SeedFiles.File000, 14)]
    [InlineData(SeedFiles.File001, 13)]
    [InlineData(SeedFiles.File004, 14)]
    public void ReclaimedListsNameTheHandCountedNumberOfDepartments(string file, int count)
    {
        var departments = SeedFiles.Duties(file, DutyKind.Reclaimed).SelectMany(d => d.Takeovers).Select(t => t.Department).Distinct();

        Assert.Equal(count, departments.Count());
    }

    [Fact]
    public void CooperativeDepartmentsOf000MatchTheHandCount()
    {
        // import-formats.md §10.3: 42 raw distinct names after splitting and prefix inheritance; the most frequent one is 县农业农村局 (29).
        var names = SeedFiles.Duties(SeedFiles.File000, DutyKind.Cooperative).SelectMany(d => d.Departments).ToList();

        Assert.Equal(42, names.Distinct().Count());
        Assert.Equal(29, names.Count(n => n == "县农业农村局"));
        Assert.Equal(12, names.Count(n => n == "州生态环境局察布查尔县分局"));
    }

    [Fact]
    public void CooperativeDepartmentsOf003MatchTheHandCount()
    {
        // import-formats.md §10.3: 27 distinct names once the wrapped ones are re-joined, plus the generic 其他行业主管部门.
        var duties = SeedFiles.Duties(SeedFiles.File003, DutyKind.Cooperative);

        Assert.Equal(27, duties.SelectMany(d => d.Departments).Distinct().Count());
        Assert.Equal([27, 33, 36], duties.Where(d => d.OtherDepartments == "其他行业主管部门").Select(d => d.Number));
    }

    [Theory]
    [InlineData(SeedFiles.File001, 38, "木垒县应急管理局")]
    [InlineData(SeedFiles.File004, 39, "吉木萨尔县应急管理局")]
    public void CooperativeDepartmentsOfFullyPrefixedListsMatchTheHandCount(string file, int rawCount, string emergency)
    {
        // import-formats.md §10.3 counts "…应急管理局及其他负有安全生产监督管理职责的部门" (001 #86, 004 #85) as a raw name of its own;
        // with the generic tail split off it is the plain 应急管理局, so one name fewer.
        var names = SeedFiles.Duties(file, DutyKind.Cooperative).SelectMany(d => d.Departments).Distinct().ToList();

        Assert.Equal(rawCount - 1, names.Count);
        Assert.Contains(emergency, names);
        Assert.DoesNotContain(names, n => n.Contains("其他", StringComparison.Ordinal));
    }
}
