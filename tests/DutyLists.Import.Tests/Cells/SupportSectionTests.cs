using DutyLists.Import.Cells;
using DutyLists.Import.Model;

namespace DutyLists.Import.Tests.Cells;

/// <summary>履职保障, the last part of every 003 upper-duty cell, in each of its spellings.</summary>
public class SupportSectionTests
{
    [Fact]
    public void OwnParagraphWithFullWidthColon()
    {
        // 003 #1 (L7): <p>履职保障： 提供业务指导。</p>
        var split = SupportSection.Read("<p>区人民武装部：</p> <ol style=\"list-style-type: none\"> 1. 召开兵役登记工作部署会。 <p>履职保障： 提供业务指导。</p>");

        Assert.Equal([new ResponsibilityItem(null, "区人民武装部", IsHeading: true), new ResponsibilityItem("1.", "召开兵役登记工作部署会。")], split.Duties);
        Assert.Equal([new ResponsibilityItem(null, "提供业务指导。")], split.Support);
    }

    [Fact]
    public void HalfWidthColon()
    {
        // 003 #53-55, #60-68: <p>履职保障: 提供业务指导。</p>
        var split = SupportSection.Read("<p>区生态环境分局: 负责监督检查。</p> <p>履职保障: 提供业务指导。</p>");

        Assert.Equal([new ResponsibilityItem(null, "提供业务指导。")], split.Support);
        Assert.Equal(2, split.Duties.Count);
    }

    [Fact]
    public void LabelAndTextInTwoParagraphs()
    {
        // 003 #41: <p>履职保障:</p> <p>保障防汛抗旱经费和物资。</p>; #44: <p>履职保障：</p> <p>提供业务指导。</p>
        var half = SupportSection.Read("<p>区消防救援大队:</p> <ol style=\"list-style-type: none\"> 组织救援人员,搜救被困群众和受伤人员。 <p>履职保障:</p> <p>保障防汛抗旱经费和物资。</p>");
        var full = SupportSection.Read("<p>区卫生健康委员会：</p> <p>履职保障：</p> <p>提供业务指导。</p>");

        Assert.Equal([new ResponsibilityItem(null, "保障防汛抗旱经费和物资。")], half.Support);
        Assert.Equal("组织救援人员,搜救被困群众和受伤人员。", half.Duties[^1].Text);
        Assert.Equal([new ResponsibilityItem(null, "提供业务指导。")], full.Support);
    }

    [Fact]
    public void PlainTextAfterTheLastStep()
    {
        // 003 #69 (L145)
        var split = SupportSection.Read("区农牧局： 1. 发布通知，进行工作部署。 2. 进行任期和离任经济责任审计。 3. 出具任期和离任经济责任审计报告并予以公布。 履职保障： 安排审计人员开展审计。");

        Assert.Equal(new ResponsibilityItem("3.", "出具任期和离任经济责任审计报告并予以公布。"), split.Duties[^1]);
        Assert.Equal([new ResponsibilityItem(null, "安排审计人员开展审计。")], split.Support);
    }

    [Fact]
    public void CellWithoutSupportKeepsAllEntries()
    {
        var split = SupportSection.Read("1.确定选任名额； 2.向社会公告人民陪审员名单。");

        Assert.Equal(2, split.Duties.Count);
        Assert.Empty(split.Support);
    }

    [Fact]
    public void EverySeedRowOf003HasSupport()
    {
        var duties = SeedFiles.Duties(SeedFiles.File003, DutyKind.Cooperative);

        Assert.All(duties, d => Assert.NotEmpty(d.Support));
        Assert.DoesNotContain(duties.SelectMany(d => d.DepartmentResponsibilities), r => r.Text.Contains("履职保障", StringComparison.Ordinal));
        Assert.Equal([new ResponsibilityItem(null, "保障防汛抗旱经费和物资。")], SeedFiles.Duty(SeedFiles.File003, DutyKind.Cooperative, 41).Support);
    }
}
