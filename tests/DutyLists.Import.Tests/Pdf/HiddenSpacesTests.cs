using DutyLists.Import.Model;
using DutyLists.Import.Pdf;

namespace DutyLists.Import.Tests.Pdf;

/// <summary>
/// A printer draws no space at a wrapped line's end, so a full line that broke at a space of the source reads as if
/// it broke inside a word. 003's Chromium prints read <c>区卫生健康委员会 区工业与信息化局</c> as one department and
/// <c>…报区民政局。 根据…</c> as one entry, silently. Such rows are flagged where the cell itself shows a space there
/// is likely: a department name ends the line and the next opens with a place prefix, or the cell sets the line's
/// last character with a space after it elsewhere. Lines that give no such sign join as before, unflagged.
/// </summary>
public class HiddenSpacesTests
{
    private const double LineHeight = 13;

    private static readonly PdfWord[] Header =
        [Word("序号", 44, 60), Word("事项名称", 100, 60), Word("对应上级部门", 250, 60), Word("上级部门职责", 400, 60)];

    [Fact]
    public void FlagsTwoDepartmentsThatMeetAtALineBreak()
    {
        var row = ReadRow(Word("区卫生健康委员会", 250, 94), Word("区民政局", 250, 107), Word("负责组织。", 380, 100));

        Assert.StartsWith("1\t征兵工作\t区卫生健康委员会区民政局\t负责组织。\t" + ListVocabulary.ReaderDoubt, row);
        // The reason quotes both sides of the break.
        Assert.Contains("“生健康委员会”与下一行“区民政局”", row.Split('\t')[^1]);
    }

    [Fact]
    public void ADepartmentNameWrappedInsideIsNotFlagged()
    {
        var row = ReadRow(Word("县人力资源和社会保障", 250, 94), Word("局", 250, 107), Word("负责组织。", 380, 100));

        Assert.Equal("1\t征兵工作\t县人力资源和社会保障局\t负责组织。", row);
    }

    [Fact]
    public void FlagsASentenceEndAtALineBreakWhereTheCellSpacesItsSentences()
    {
        var row = ReadRow(Word("区民政局", 250, 100), Word("负责组织。", 380, 94), Word("开展调查。", 433, 94), Word("上报结果，汇总数据", 380, 107));

        Assert.StartsWith("1\t征兵工作\t区民政局\t负责组织。 开展调查。上报结果，汇总数据\t" + ListVocabulary.ReaderDoubt, row);
    }

    [Fact]
    public void ASentenceEndAtALineBreakIsNotFlaggedWhereTheCellSetsNoSpaceAfterOne()
    {
        var row = ReadRow(Word("区民政局", 250, 100), Word("负责组织，开展调查。", 380, 94), Word("上报结果。", 380, 107));

        Assert.Equal("1\t征兵工作\t区民政局\t负责组织，开展调查。上报结果。", row);
    }

    /// <summary>One unruled row numbered 1 and named 征兵工作, its cells centred on y 100–113, read through the table reader.</summary>
    private static string ReadRow(params PdfWord[] cells)
    {
        var page = new PdfPage(1, 595, 842, [Word("卜尔汉图镇配合履职事项清单", 40, 30), .. Header, Word("1", 44, 100), Word("征兵工作", 80, 100), .. cells]);
        var lines = new PdfTableReading().Read([page]).Split('\n');
        Assert.Equal("序号\t事项名称\t对应上级部门\t上级部门职责", lines[1]);
        return Assert.Single(lines[2..]);
    }

    /// <summary>A word set in a 10 pt font whose Chinese characters and digits are 10 and 6.4 points wide.</summary>
    private static PdfWord Word(string text, double x, double y)
    {
        var width = text.Sum(c => char.IsAscii(c) ? 6.4 : 10);
        return new PdfWord(text, x, y, x + width, y + LineHeight);
    }
}
