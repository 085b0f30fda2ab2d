using DutyLists.Import.Model;

namespace DutyLists.Import.Tests.PdfText;

public class IntroductionTests
{
    [Fact]
    public void KeepsTheBasicSituationAsIntroductionText()
    {
        // L17-19, wrapped with a blank line between the two halves.
        Assert.Contains(
            "奎依巴格镇是产城融合型乡镇，位于泽普县城西南，距县城 18公里，区域面积 201.55平方公里，下辖 7 个行政社区、3个行政村，1个自然村（新华村），全镇耕地面积 1.44万亩。",
            SeedDocuments.Document002.Introduction,
            StringComparison.Ordinal);
        Assert.StartsWith("二、编制过程\n\n乡镇履职事项清单工作开展以来", SeedDocuments.Document002.Introduction, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsTheDeclaredFigures()
    {
        // L11-13 "共有履职事项 293 项，" / "其中，基本履职事项 138 项、…"; L27, L33-35, L39-41 categories and departments.
        var declared = SeedDocuments.Document002.Declared!;
        Assert.Equal(293, declared.Total);
        Assert.Equal(138, declared.Duties[DutyKind.Basic]);
        Assert.Equal(108, declared.Duties[DutyKind.Cooperative]);
        Assert.Equal(47, declared.Duties[DutyKind.Reclaimed]);
        Assert.Equal((20, 17, 10), (declared.Categories[DutyKind.Basic], declared.Categories[DutyKind.Cooperative], declared.Categories[DutyKind.Reclaimed]));
        Assert.Equal((35, 16), (declared.Departments[DutyKind.Cooperative], declared.Departments[DutyKind.Reclaimed]));
        Assert.False(declared.Departments.ContainsKey(DutyKind.Basic));
    }

    [Fact]
    public void AgreesWithEveryDeclaredFigureSoWarnsOfNothing()
    {
        Assert.Empty(SeedDocuments.Document002.Warnings);
        Assert.Equal(293, SeedDocuments.Document002.Duties.Count);
    }

    [Fact]
    public void WarnsWhenTheDeclaredTotalDisagrees()
    {
        var doctored = Doctored("共有履职事项 293 项", "共有履职事项 295 项");
        var warning = Assert.Single(doctored.Warnings);
        Assert.Equal(11, warning.Line);
        Assert.Equal("履职事项总数：文档说明为 295，实际读到 293", warning.Message);
    }

    [Fact]
    public void WarnsWhenDeclaredCategoriesOrDepartmentsDisagree()
    {
        var categories = Doctored("等 17 个类别", "等 18 个类别").Warnings.Single();
        Assert.Equal((33, "配合履职事项清单类别数：文档说明为 18，实际读到 17"), (categories.Line, categories.Message));
        var departments = Doctored("涉及 16 个部门", "涉及 15 个部门").Warnings.Single();
        Assert.Equal((41, "上级部门收回事项清单涉及部门数：文档说明为 15，实际读到 16"), (departments.Line, departments.Message));
    }

    private static ParsedList Doctored(string from, string to)
    {
        var text = File.ReadAllText(Path.Combine(SeedDocuments.SeedDirectory, SeedDocuments.Pdf002));
        Assert.Contains(from, text, StringComparison.Ordinal);
        return SeedDocuments.Parse(SeedDocuments.FromText("doctored.txt", text.Replace(from, to, StringComparison.Ordinal)), SeedDocuments.ReadMetadata(SeedDocuments.Pdf002));
    }
}
