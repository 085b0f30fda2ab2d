using DutyLists.Import.Model;
using DutyLists.Import.Reading;
using DutyLists.Import.Tests.Sheets;

namespace DutyLists.Import.Tests.TableText;

/// <summary>The checks every reader's lists go through before anything is stored (docs/import-formats.md §10.5, §10.7).</summary>
public class InvariantTests
{
    private const string Sentence = "负责本村党组织建设，组织党员学习党的路线方针政策";

    [Fact]
    public void ASentenceInTheCategoryColumnIsFlagged()
    {
        var list = InlineDocument.Parse(InlineDocument.BasicList(
            "1\t党的建设\t组织开展基层理论宣讲",
            $"2\t{Sentence}\t加强党员教育管理",
            "3\t党的建设\t负责本镇“双拥”工作"));

        var flagged = list.Duties[1];
        Assert.Equal((0.5, $"事项类别“{Sentence[..20]}…”是一段话，不像类别"), (flagged.Confidence, flagged.ReviewReason));
        Assert.All([list.Duties[0], list.Duties[2]], d => Assert.Null(d.ReviewReason));
    }

    [Fact]
    public void ACategoryCutAtAConnectiveIsFlagged()
    {
        var list = InlineDocument.Parse(InlineDocument.BasicList("1\t应急管理及\t消防落实应急管理值班值守制度"));

        Assert.Equal("事项类别“应急管理及”在连接词处断开，后半可能被读进了事项名称", list.Duties[0].ReviewReason);
    }

    [Fact]
    public void AShortUnknownLabelIsACategory()
    {
        var list = InlineDocument.Parse(InlineDocument.BasicList("1\t科技创新\t组织开展科普宣传"));

        Assert.Null(list.Duties[0].ReviewReason);
    }

    [Fact]
    public void AListWhereMoreThanASmallShareFailsIsRefused()
    {
        var rows = Enumerable.Range(1, 20).Select(n => n <= 3 ? $"{n}\t{Sentence}\t" : $"{n}\t党的建设\t组织开展基层理论宣讲{n}").ToArray();

        var e = InlineDocument.Reject(InlineDocument.BasicList(rows));

        // 20 items tolerate max(2, 5 %) = 2 failing ones; the title block and heading take lines 1-11.
        Assert.Equal(2, ListInvariants.Allowed(20));
        Assert.Equal((InlineDocument.FileName, 12), (e.File, e.Line));
        Assert.StartsWith("无法可靠读取基本履职事项清单：20 项中有 3 项不合格（第12行第1项没有事项名称、事项类别“", e.Reason, StringComparison.Ordinal);
        Assert.EndsWith(ListInvariants.Suggestion, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoFailingItemsInALongListAreFlaggedNotRefused()
    {
        var rows = Enumerable.Range(1, 20).Select(n => n <= 2 ? $"{n}\t{Sentence}\t事项{n}" : $"{n}\t党的建设\t组织开展基层理论宣讲{n}").ToArray();

        var list = InlineDocument.Parse(InlineDocument.BasicList(rows));

        Assert.Equal([1, 2], list.Duties.Where(d => d.ReviewReason is not null).Select(d => d.Number));
    }

    [Fact]
    public void AHeaderWithAnotherListsColumnIsRefused()
    {
        var e = InlineDocument.Reject([.. InlineDocument.TitleBlock, "昌吉州木垒县大石头乡基本履职事项清单", "", InlineDocument.ReclaimedHeader, "1\t党的建设\t组织开展基层理论宣讲\t县委宣传部：负责指导"]);

        Assert.Equal((11, "“基本履职事项清单”的表头有本清单没有的列：承接部门及工作方式"), (e.Line, e.Reason));
    }

    [Fact]
    public void TheDutySheetIsCheckedToo()
    {
        var list = SheetCsv.Read(SheetCsv.Header, SheetCsv.Basic(1), $"三台镇,吉木萨尔县,基本履职事项,2,\"{Sentence}\",做好信访工作,,,,,");

        Assert.Equal(("做好信访工作", 0.5), (list.Duties[1].Name, list.Duties[1].Confidence));
        Assert.EndsWith("是一段话，不像类别", list.Duties[1].ReviewReason, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryItemOfTheSeedsPassesUnflagged()
    {
        foreach (var file in new[] { SeedFiles.File000, SeedFiles.File001, SeedFiles.File003, SeedFiles.File004 })
        {
            var list = ListInvariants.Apply(SeedFiles.Parsed(file));
            Assert.Empty(list.Duties.SelectMany(ListInvariants.Problems));
        }

        Assert.Empty(PdfText.SeedDocuments.Document002.Duties.SelectMany(ListInvariants.Problems));
    }

    [Theory]
    [InlineData("昌吉州木垒县大石头乡基本履职事项清单（共3项）")]
    [InlineData("昌吉州木垒县大石头乡基本履职事项清单(3项)")]
    [InlineData("昌吉州木垒县大石头乡基本履职事项清单 共3项")]
    public void AHeadingsDeclaredCountIsCheckedAgainstItsRows(string heading)
    {
        var list = InlineDocument.Parse([.. InlineDocument.TitleBlock, heading, "", InlineDocument.BasicHeader, "1\t党的建设\t组织开展基层理论宣讲", "2\t党的建设\t负责本镇“双拥”工作"]);

        Assert.Equal(2, list.Duties.Count);
        Assert.Equal("大石头乡", list.Township.Name);
        Assert.Contains(new ImportWarning(InlineDocument.FileName, 9, "基本履职事项清单标题声明3项，实有2项"), list.Warnings);
    }

    [Fact]
    public void APdfTextHeadingsDeclaredCountIsCheckedToo()
    {
        var list = DutyListReader.CreateDefault().Read("text.txt", System.Text.Encoding.UTF8.GetBytes(string.Join('\n',
            "三台镇基本履职事项清单（共3项）", "序号 事项类别 事项名称", "1 党的建设 组织开展基层理论宣讲", "2 党的建设 负责本镇“双拥”工作")), new DocumentMetadata { County = "吉木萨尔县" });

        Assert.Contains(new ImportWarning("text.txt", 1, "基本履职事项清单标题声明3项，实有2项"), list.Warnings);
    }
}
