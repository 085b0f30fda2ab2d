using DutyLists.Import.Cells;
using DutyLists.Import.Model;
using DutyLists.Import.TableText;

namespace DutyLists.Import.Tests.TableText;

/// <summary>The anomaly catalogue (docs/import-formats.md §10.1) as it applies to 000, 001, 003 and 004, one test each.</summary>
public class SeedAnomalyTests
{
    [Theory]
    [InlineData(SeedFiles.File000, DutyKind.Reclaimed, 399)]
    [InlineData(SeedFiles.File001, DutyKind.Reclaimed, 380)]
    [InlineData(SeedFiles.File004, DutyKind.Reclaimed, 376)]
    public void NoTrailingNewline_TheLastRecordIsTheLastLine(string file, DutyKind kind, int line)
    {
        // #1: the file ends without a newline, on the last data row
        Assert.Equal(line, SeedFiles.Lines(file).Length);
        Assert.Equal(line, SeedFiles.Duties(file, kind)[^1].Line);
    }

    [Theory]
    [InlineData("1.基本履职事项清单.....\t1")]
    [InlineData("2. 配合履职事项清单.....\t13")]
    [InlineData("3. 上级部门收回事项清单.....\t51")]
    public void TableOfContentsLinesAreNotHeadings(string tocLine)
    {
        // #2: 000/001/004 L11-13 name the lists and carry a TAB
        Assert.Null(SectionHeading.TryRead(tocLine));
        Assert.NotNull(SectionHeading.FromTocLine(tocLine));
    }

    [Fact]
    public void HeadingsEndWithTheListName()
    {
        // 000 L15, 004 L333, 003 L3
        Assert.Equal(new SectionHeading(DutyKind.Basic, "伊犁州察布查尔县加尕斯台镇"), SectionHeading.TryRead("伊犁州察布查尔县加尕斯台镇基本履职事项清单"));
        Assert.Equal(new SectionHeading(DutyKind.Reclaimed, "昌吉回族自治州吉木萨尔县三台镇"), SectionHeading.TryRead("昌吉回族自治州吉木萨尔县三台镇上级部门收回事项清单"));
        Assert.Equal(new SectionHeading(DutyKind.Cooperative, "卜尔汉图镇"), SectionHeading.TryRead("卜尔汉图镇配合履职事项清单"));
        Assert.Null(SectionHeading.TryRead("履职事项清单"));
    }

    [Fact]
    public void RepeatedHeaderWithTrailingTabIsStillAHeader()
    {
        // #3: 001 L258 "序号⇥事项类别⇥事项名称⇥对应上级部门⇥上级部门职责⇥乡镇配合职责⇥"
        var line = SeedFiles.Lines(SeedFiles.File001)[257];
        var (header, unknown) = HeaderRow.Read(line.Split('\t'));

        Assert.EndsWith("\t", line);
        Assert.Null(unknown);
        Assert.Equal(6, header!.Width);
    }

    [Theory]
    [InlineData("履职事项", Column.Name)]
    [InlineData("事项名称", Column.Name)]
    [InlineData("镇配合职责", Column.TownshipDuties)]
    [InlineData("乡镇配合职责", Column.TownshipDuties)]
    [InlineData("苏木乡镇(街道) 配合职责", Column.TownshipDuties)]
    [InlineData("上级部门职责 (含提供的履职保障)", Column.DepartmentDuties)]
    [InlineData("承接部门及工作方式", Column.Takeover)]
    public void HeaderSynonymsMapToOneColumn(string header, Column column)
    {
        // #4: 000 basic "序号⇥事项类别⇥履职事项"; 000 coop 镇配合职责; 003 苏木乡镇(街道) 配合职责
        Assert.Equal(column, HeaderRow.Map(header));
    }

    [Fact]
    public void RowWithAnEmptySeventhCellIsReadAsUsual()
    {
        // #5: 001 L259, item 65, ends with an empty 7th cell
        Assert.Equal(7, SeedFiles.Lines(SeedFiles.File001)[258].Split('\t').Length);
        var duty = SeedFiles.Duty(SeedFiles.File001, DutyKind.Cooperative, 65);

        Assert.Null(duty.ReviewReason);
        Assert.NotEmpty(duty.TownshipResponsibilities);
    }

    [Fact]
    public void RowWithTheTownshipDutySplitOverTwoCellsIsMergedAndFlagged()
    {
        // #5: 001 L260, item 66: cell 6 "<p>一、农作物秸秆综合利用</p> 1.指导各村…", cell 7 "<p>二、农作物秸秆禁烧</p> 1.做好对农作物秸秆禁烧的宣传教育…"
        var duty = SeedFiles.Duty(SeedFiles.File001, DutyKind.Cooperative, 66);
        var headings = duty.TownshipResponsibilities.Where(r => r.IsHeading).Select(r => r.Text);

        Assert.Equal(["农作物秸秆综合利用", "农作物秸秆禁烧"], headings);
        Assert.Equal(new ResponsibilityItem("1.", "做好对农作物秸秆禁烧的宣传教育和协助相关部门开展检查；"), duty.TownshipResponsibilities[5]);
        Assert.NotNull(duty.ReviewReason);
        Assert.Equal([SeedFiles.Lines(SeedFiles.File001)[259]], duty.SourceLines);
    }

    [Theory]
    [InlineData("一、党的建设（1项）", "党的建设", 1)]
    [InlineData("七、自然资源(2项)", "自然资源", 2)]
    [InlineData("九、生态环保 (7项)", "生态环保", 7)]
    [InlineData("十一、综合政务（1项）", "综合政务", 1)]
    public void CategoryRowsOf003GiveCategoryAndDeclaredCount(string text, string category, int count)
    {
        // #6: 003 L6, L96, L113, L144, each followed by four empty cells
        Assert.Equal((category, count), CategoryHeadingRow.TryRead([text, "", "", "", ""]));
    }

    [Fact]
    public void CategoryRowMayFollowADataRowMidPage()
    {
        // #6: 003 L8 "二、社会管理（4项）" follows item 1 directly; item 2 is the first 社会管理 duty
        Assert.Equal("党的建设", SeedFiles.Duty(SeedFiles.File003, DutyKind.Cooperative, 1).Category);
        Assert.Equal("社会管理", SeedFiles.Duty(SeedFiles.File003, DutyKind.Cooperative, 2).Category);
        Assert.Equal("生态环保", SeedFiles.Duty(SeedFiles.File003, DutyKind.Cooperative, 54).Category);
    }

    [Theory]
    [InlineData(34, "电动自行车 违规停放、 飞线充电排 查整治", "电动自行车违规停放、飞线充电排查整治")]
    [InlineData(45, "违法图斑的 核查整改", "违法图斑的核查整改")]
    public void WrapSpacesInsideChineseNamesAreRemoved(int number, string raw, string name)
    {
        // #7: 003 L69 / L97
        Assert.Contains(raw, SeedFiles.Lines(SeedFiles.File003)[SeedFiles.Duty(SeedFiles.File003, DutyKind.Cooperative, number).Line - 1]);
        Assert.Equal(name, SeedFiles.Duty(SeedFiles.File003, DutyKind.Cooperative, number).Name);
    }

    [Fact]
    public void WrappedDepartmentNamesAndHtmlDepartmentCellsOf003()
    {
        // #8: 003 #38 "… 区行政审批政务服 务与数据管理局 … 区城市管理综合执 法局 区公安分局 区消防救援大队 等部门"; #52 "<p>区公安分局</p> <p>区农牧局</p>"
        var item38 = SeedFiles.Duty(SeedFiles.File003, DutyKind.Cooperative, 38);
        var item52 = SeedFiles.Duty(SeedFiles.File003, DutyKind.Cooperative, 52);

        Assert.Contains("区行政审批政务服务与数据管理局", item38.Departments);
        Assert.Contains("区城市管理综合执法局", item38.Departments);
        Assert.Equal(9, item38.Departments.Count);
        Assert.Equal("等部门", item38.OtherDepartments);
        Assert.Equal(["区公安分局", "区农牧局"], item52.Departments);
    }

    [Fact]
    public void CategoryVariantIsKeptAsWritten()
    {
        // #9: 000 L283 "95⇥文化旅游⇥举办重大体育赛事活动…", L288 "98⇥文化和旅游⇥完善旅游景点周边基础设施…"
        var categories = Enumerable.Range(91, 8).Select(n => SeedFiles.Duty(SeedFiles.File000, DutyKind.Cooperative, n).Category);

        Assert.Equal(["文化和旅游", "文化和旅游", "文化和旅游", "文化和旅游", "文化旅游", "文化旅游", "文化旅游", "文化和旅游"], categories);
    }

    [Fact]
    public void ElidedPrefixesInTheSeedAreRestored()
    {
        // #10: 000 #8 "县政协办公室，县委组织部、统一战线工作部"; #94 "县委宣传部,县文化体育广播电视台和旅游局"
        Assert.Equal(["县政协办公室", "县委组织部", "县委统一战线工作部"], SeedFiles.Duty(SeedFiles.File000, DutyKind.Cooperative, 8).Departments);
        Assert.Equal(["县委宣传部", "县文化体育广播电视台和旅游局"], SeedFiles.Duty(SeedFiles.File000, DutyKind.Cooperative, 94).Departments);
        Assert.Equal("其他负有安全生产监督管理职责的部门", SeedFiles.Duty(SeedFiles.File000, DutyKind.Cooperative, 102).OtherDepartments);
    }

    [Fact]
    public void UnclosedListsWithUnnumberedEntriesInTheSeed()
    {
        // #11: 003 #16 township cell: "<ol …> 负责受理、调查、录入核查申请低保人员信息。 联合区民政局、… 指导低保户开展定期报告…"
        var township = SeedFiles.Duty(SeedFiles.File003, DutyKind.Cooperative, 16).TownshipResponsibilities;

        Assert.Equal(7, township.Count);
        Assert.All(township, r => Assert.Null(r.Number));
        Assert.Equal("负责受理、调查、录入核查申请低保人员信息。", township[0].Text);
        Assert.Equal("指导低保户开展定期报告并核对不签到原因，将不符合条件的停保申请提交区民政局。", township[^1].Text);
    }

    [Fact]
    public void HalfWidthPunctuationInNamesIsKept()
    {
        // #13: 001 L194 "土壤和肥料管理工作 (测土配方, 耕地质量监测)"; 004 basic #104 uses ","
        Assert.Equal("土壤和肥料管理工作 (测土配方, 耕地质量监测)", SeedFiles.Duty(SeedFiles.File001, DutyKind.Cooperative, 26).Name);
        Assert.Equal("负责本镇财政和资产管理,做好财务预决算编制、会计核算、政府集中采购和固定资产管理,落实财务公开制度", SeedFiles.Duty(SeedFiles.File004, DutyKind.Basic, 104).Name);
    }

    [Fact]
    public void StrayCharactersAndEnglishWordsAreKeptOrDroppedDeliberately()
    {
        // #20: 001 L271 (#71) "…做好清退工作。 。" loses the stray stop; 003 #27 "相关地区 and 单位" keeps its English word
        var item71 = SeedFiles.Duty(SeedFiles.File001, DutyKind.Cooperative, 71);
        var item27 = SeedFiles.Duty(SeedFiles.File003, DutyKind.Cooperative, 27);

        Assert.Equal(271, item71.Line);
        Assert.Contains(item71.DepartmentResponsibilities.Concat(item71.TownshipResponsibilities), r => r.Text.EndsWith("做好清退工作。", StringComparison.Ordinal));
        Assert.Contains(item27.DepartmentResponsibilities, r => r.Text.Contains("相关地区 and 单位", StringComparison.Ordinal));
    }

    [Fact]
    public void FootnoteOf003IsNoDuty()
    {
        // #21: 003 L147 "注：根据清单工作整体部署将适时对清单内容进行修订。"
        Assert.Equal("注：根据清单工作整体部署将适时对清单内容进行修订。", SeedFiles.Lines(SeedFiles.File003)[146]);
        Assert.Equal(145, SeedFiles.Duties(SeedFiles.File003, DutyKind.Cooperative)[^1].Line);
        Assert.Empty(SeedFiles.Parsed(SeedFiles.File003).Warnings);
    }

    [Fact]
    public void TwoTakingOverDepartmentsInOneSeedCell()
    {
        // #22: 004 L366, reclaimed #23
        var duty = SeedFiles.Duty(SeedFiles.File004, DutyKind.Reclaimed, 23);

        Assert.Equal(["吉木萨尔县自然资源局", "吉木萨尔县住房和城乡建设局"], duty.Takeovers.Select(t => t.Department));
        Assert.Equal(SeedFiles.Lines(SeedFiles.File004)[365].Split('\t')[3], duty.TakeoverText);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(14)]
    public void NoLongerDoneHasNoDepartmentInTheSeed(int number)
    {
        // #23: 000 reclaimed #1 (L334) and #14 "不再开展此项工作"
        var duty = SeedFiles.Duty(SeedFiles.File000, DutyKind.Reclaimed, number);

        Assert.True(duty.Discontinued);
        Assert.Empty(duty.Takeovers);
        Assert.Equal("不再开展此项工作", duty.TakeoverText);
    }

    [Fact]
    public void EveryOtherReclaimedDutyNamesADepartment()
    {
        var duties = new[] { SeedFiles.File000, SeedFiles.File001, SeedFiles.File004 }.SelectMany(f => SeedFiles.Duties(f, DutyKind.Reclaimed));

        Assert.Equal(2, duties.Count(d => d.Discontinued));
        Assert.All(duties.Where(d => !d.Discontinued), d => Assert.All(d.Takeovers, t => Assert.False(string.IsNullOrEmpty(t.Department))));
    }

    [Fact]
    public void NoHtmlSurvivesInAnySeed()
    {
        var texts = new[] { SeedFiles.File000, SeedFiles.File001, SeedFiles.File003, SeedFiles.File004 }
            .SelectMany(f => SeedFiles.Parsed(f).Duties)
            .SelectMany(d => d.DepartmentResponsibilities.Concat(d.TownshipResponsibilities).Concat(d.Support).Select(r => r.Text).Concat(d.Departments).Append(d.Name));

        Assert.DoesNotContain(texts, t => HtmlBlocks.HasMarkup(t) || t.Contains("</", StringComparison.Ordinal));
    }
}
