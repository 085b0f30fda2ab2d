using DutyLists.Import.Model;

namespace DutyLists.Import.Tests.Pdf;

/// <summary>The table text the extractor writes: what the TAB parser then reads.</summary>
public class TableTextTests
{
    private static readonly string[] Lines = PdfFixtures.TableText(PdfFixtures.Pdf004).Split('\n');

    /// <summary>The basic, cooperative and reclaimed tables' widths.</summary>
    private static readonly int[] RowWidths = [3, 6, 4];

    [Fact]
    public void WritesTheTitleBlockAndTableOfContentsAsLines()
    {
        Assert.Equal(["新疆维吾尔自治区昌吉回族自治州", "吉木萨尔县三台镇", "履职事项清单", "2025 年 7 月", "目 录", "1. 基本履职事项清单.....\t1"], Lines[..6]);
    }

    [Fact]
    public void WritesEachHeaderOnceForItsList()
    {
        Assert.Equal(
            ["序号\t事项类别\t事项名称", "序号\t事项类别\t事项名称\t对应上级部门\t上级部门职责\t乡镇配合职责", "序号\t事项类别\t事项名称\t承接部门及工作方式"],
            Lines.Where(l => l.StartsWith("序号", StringComparison.Ordinal)));
    }

    [Fact]
    public void WritesOneLinePerRowWithTheHeadersNumberOfCells()
    {
        var rows = Lines.Where(l => l.Length > 0 && char.IsAsciiDigit(l[0]) && l.Contains('\t', StringComparison.Ordinal) && !l.Contains("....", StringComparison.Ordinal)).ToList();
        Assert.Equal(108 + 102 + 31, rows.Count);
        // A row the reader doubts carries one cell more, the reason: only cooperative #86, whose entries the source
        // separates by spaces alone, one of them at a line break the PDF shows no space at (TableAgreementTests).
        Assert.All(rows, r => Assert.Contains(r.Split('\t').Length - (r.Contains(ListVocabulary.ReaderDoubt, StringComparison.Ordinal) ? 1 : 0), RowWidths));
        Assert.Equal(["86"], rows.Where(r => r.Contains(ListVocabulary.ReaderDoubt, StringComparison.Ordinal)).Select(r => r.Split('\t')[0]));
    }

    [Fact]
    public void KeepsDutyParagraphsAndTheirNumbering()
    {
        var row = Lines.Single(l => l.StartsWith("18\t平安法治\t开展见义勇为相关工作\t", StringComparison.Ordinal)).Split('\t');
        Assert.StartsWith("<p>1.县委政法委统筹县域内见义勇为工作，对符合条件的人员进行表彰；</p> <p>2.县卫生健康委员会", row[4], StringComparison.Ordinal);
    }
}
