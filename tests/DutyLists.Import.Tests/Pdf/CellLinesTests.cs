using DutyLists.Import.Model;
using DutyLists.Import.Pdf;
using DutyLists.Import.TableText;

namespace DutyLists.Import.Tests.Pdf;

/// <summary>
/// How a PDF cell's lines are joined back into its text (import-formats.md §8.1, step 6): where a line ended short a
/// space or a paragraph's end stood there; where it ended full the text wrapped, and where a full line hides which, the
/// row is flagged with the reason. Hand-placed words in a 10 pt font: Chinese characters 10 points wide, a cell 100
/// points (ten characters) wide.
/// </summary>
public class CellLinesTests
{
    private const double Left = 100;
    private const double LineHeight = 13;

    private static readonly TableHeader Header = new(
    [
        new TableHeader.Cell("序号", Column.Number, 40, 60),
        new TableHeader.Cell("事项名称", Column.Name, 60, 100),
        new TableHeader.Cell("上级部门职责", Column.DepartmentDuties, 100, 200),
        new TableHeader.Cell("对应上级部门", Column.Departments, 300, 360),
    ]);

    [Fact]
    public void ReadsAFullLineEndingASentenceAsTheNextEntrysStartAndFlagsIt()
    {
        var row = Duties(["负责甲乙丙丁戊己庚；", "统筹子丑寅卯"]);

        var (cell, doubt) = Write(row);

        Assert.Equal("负责甲乙丙丁戊己庚； 统筹子丑寅卯", cell);
        Assert.Contains("“负责甲乙丙丁戊己庚；”恰在行末", doubt);
        Assert.Contains("已按另起一条读取", doubt);
    }

    [Fact]
    public void ReadsAShortLineEndingASentenceAsTheNextEntrysStartWithoutDoubt()
    {
        var row = Duties(["负责甲乙丙；", "统筹子丑寅卯辰巳午未"]);

        Assert.Equal(("负责甲乙丙； 统筹子丑寅卯辰巳午未", null), Write(row));
    }

    [Fact]
    public void JoinsANumberedEntryWrappedAfterASentenceWithoutDoubt()
    {
        // A numbered entry runs on to the next number, so the wrap needs no guess.
        var row = Duties(["1.负责甲乙丙丁戊己；", "统筹子丑寅卯"]);

        Assert.Equal(("1.负责甲乙丙丁戊己；统筹子丑寅卯", null), Write(row));
    }

    [Fact]
    public void JoinsALineThatStoppedShortOnlyBecauseANumberCouldNotBeSplit()
    {
        // 50 points were left, too few for 110、120: the number went down whole, with no space before it.
        var row = Duties(["并立即拨打甲乙", "110、120急救电话。", "甲乙丙丁戊己庚辛壬癸子丑"]);

        Assert.Equal(("并立即拨打甲乙110、120急救电话。 甲乙丙丁戊己庚辛壬癸子丑", null), Write(row));
    }

    [Fact]
    public void KeepsQuotedWordsTogetherWhenJudgingALinesEnd()
    {
        // 伊犁”APP， cannot be split after 伊, so the line above stopped short without a space.
        var row = Duties(["推广使用“我的伊", "犁”APP，推动政务服务甲乙"]);

        Assert.Equal(("推广使用“我的伊犁”APP，推动政务服务甲乙", null), Write(row));
    }

    [Fact]
    public void ReadsAClosingMarkAtALinesStartAsAfterASpace()
    {
        var row = Duties(["1.做好甲乙丙丁清退工作。", "。"]);

        Assert.Equal(("1.做好甲乙丙丁清退工作。 。", null), Write(row));
    }

    [Fact]
    public void SetsADepartmentsNameFillingItsLineApartAndFlagsIt()
    {
        var row = Duties(["指导制定方案。 县水利局", "负责防汛抗旱组织"]);
        row.Add(1, 3, Word("木垒县水利局", 100, 300));

        var (cell, doubt) = Write(row);

        Assert.Equal("指导制定方案。 县水利局 负责防汛抗旱组织", cell);
        Assert.Contains("看不出是单列的部门名称还是句子的开头", doubt);
    }

    [Fact]
    public void JoinsADepartmentThatStartsASentenceOrIsNotTheRowsWithoutDoubt()
    {
        // A name in a numbered entry, one after a heading, or one the row does not name is the sentence's subject.
        var numbered = Duties(["4. 县民政局甲乙丙丁戊", "负责救灾捐赠款物"]);
        var afterHeading = Duties(["一、违法用地方面 县水利局", "对核查信息开展分析"]);
        var notTheRows = Duties(["指导制定方案。 县财政局", "负责防汛抗旱组织"]);
        foreach (var row in new[] { numbered, afterHeading, notTheRows })
        {
            row.Add(1, 3, Word("木垒县水利局", 100, 300));
        }

        Assert.Equal(("4. 县民政局甲乙丙丁戊负责救灾捐赠款物", null), Write(numbered));
        Assert.Equal(("一、违法用地方面 县水利局对核查信息开展分析", null), Write(afterHeading));
        Assert.Equal(("指导制定方案。 县财政局负责防汛抗旱组织", null), Write(notTheRows));
    }

    [Fact]
    public void SetsALabelWithItsColonApartAfterASentenceAtAFullLinesEnd()
    {
        var row = Duties(["1.移交县住房执法工作。", "吉木萨尔县住房和城乡建设局： 根据移交的线索"]);
        // The label itself may wrap: it is read from the two lines together.
        var wrapped = Duties(["1.移交县住房执法工作。", "吉木萨尔县住房和城乡建", "设局： 根据移交的线索"]);

        Assert.Equal(("1.移交县住房执法工作。 吉木萨尔县住房和城乡建设局： 根据移交的线索", null), Write(row));
        Assert.Equal(("1.移交县住房执法工作。 吉木萨尔县住房和城乡建设局： 根据移交的线索", null), Write(wrapped));
        Assert.Equal(("1.出具审计报告并予以公布。 履职保障： 安排人员", null), Write(Duties(["1.出具审计报告并予以公布。", "履职保障： 安排人员"])));
    }

    [Fact]
    public void SeparatesDepartmentsAtAFullLinesEndAsTheCellSeparatesThem()
    {
        // 003 separates its names by spaces; 000 and 004 by 、, where a full name ending a line is one name wrapped.
        var spaced = Departments(["区应急管理局 区农牧局", "区公安分局"]);
        var listed = Departments(["昌吉州生态环境局", "吉木萨尔县分局、", "县公安局"]);
        var unknown = Departments(["区应急管理局", "区农牧局"]);

        Assert.Equal("区应急管理局 区农牧局 区公安分局", Write(spaced, 3).Cell);
        Assert.Equal(("昌吉州生态环境局吉木萨尔县分局、县公安局", null), Write(listed, 3));
        var (cell, doubt) = Write(unknown, 3);
        Assert.Equal("区应急管理局区农牧局", cell);
        Assert.Contains("是另一个部门还是同一个部门名称的后半", doubt);
    }

    [Fact]
    public void FollowsTheCellsHabitAfterALatinCommaAtAFullLinesEnd()
    {
        var spaced = Duties(["核查上报问题, 对于", "甲乙丙丁戊己庚辛壬,", "给予处罚"]);
        var tight = Duties(["核查上报问题,对于甲", "甲乙丙丁戊己庚辛壬,", "给予处罚"]);
        var unknown = Duties(["核查上报甲乙丙丁戊,", "给予处罚"]);

        Assert.Equal(("核查上报问题, 对于甲乙丙丁戊己庚辛壬, 给予处罚", null), Write(spaced));
        Assert.Equal(("核查上报问题,对于甲甲乙丙丁戊己庚辛壬,给予处罚", null), Write(tight));
        var (cell, doubt) = Write(unknown);
        Assert.Equal("核查上报甲乙丙丁戊,给予处罚", cell);
        Assert.Contains("看不出其后是否有空格", doubt);
    }

    [Fact]
    public void StartsANewParagraphAfterAPageBreakWhereTheLastLineEndedASentenceShort()
    {
        var row = new TableRow(7);
        row.Add(1, 2, Word("负责甲乙丙。", 700));
        row.Add(2, 2, Word("统筹子丑寅卯辰巳午未", 80));
        row.Add(2, 2, Word("申", 93));

        Assert.Equal(("<p>负责甲乙丙。</p> <p>统筹子丑寅卯辰巳午未申</p>", null), Write(row));
    }

    /// <summary>A row whose 上级部门职责 cell holds these lines, one under the other.</summary>
    private static TableRow Duties(string[] lines)
    {
        var row = new TableRow(7);
        for (var i = 0; i < lines.Length; i++)
        {
            row.Add(1, 2, Word(lines[i], 100 + (i * LineHeight)));
        }

        return row;
    }

    /// <summary>A row whose 对应上级部门 cell holds these lines, one under the other.</summary>
    private static TableRow Departments(string[] lines)
    {
        var row = new TableRow(7);
        for (var i = 0; i < lines.Length; i++)
        {
            row.Add(1, 3, Word(lines[i], 100 + (i * LineHeight), 300));
        }

        return row;
    }

    /// <summary>A cell the row writes (the duty cell unless told) and the reader's doubt, if any.</summary>
    private static (string Cell, string? Doubt) Write(TableRow row, int column = 2)
    {
        var cells = row.Write(Header).Split('\t');
        var doubt = cells.Length > Header.Cells.Count ? cells[^1][ListVocabulary.ReaderDoubt.Length..] : null;
        return (cells[column], doubt);
    }

    private static PdfWord Word(string text, double y, double x = Left)
    {
        var width = text.Sum(c => char.IsAscii(c) ? 6.5 : 10);
        return new PdfWord(text, x, y, x + width, y + LineHeight);
    }
}
