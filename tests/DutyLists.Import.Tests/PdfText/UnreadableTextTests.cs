using System.Text;
using DutyLists.Import.Model;
using DutyLists.Import.Reading;

namespace DutyLists.Import.Tests.PdfText;

/// <summary>
/// Text that cannot be read faithfully is refused, naming file, line and reason and suggesting the original
/// (docs/import-formats.md §10.6, §10.7): pdftotext dumps of seed 004's PDF made without <c>-raw</c> (the fixtures'
/// README gives the commands), a village list under an added duty-list heading, and a row of a 权力清单.
/// </summary>
public class UnreadableTextTests
{
    private static ParsedList Read(string fixture) =>
        DutyListReader.CreateDefault().Read(fixture, File.ReadAllBytes(Path.Combine(SeedDocuments.FixtureDirectory, fixture)));

    private static DocumentRejectedException Refuse(string fixture) => Assert.Throws<DocumentRejectedException>(() => Read(fixture));

    private static ParsedList ReadText(params string[] lines) =>
        DutyListReader.CreateDefault().Read("text.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines)));

    [Fact]
    public void ADefaultModeDumpIsRefusedAtTheCooperativeList()
    {
        var e = Refuse("004-libreoffice-pdftotext-default.txt");

        // Line 831 is the cooperative heading; its first item starts two lines below the header.
        Assert.Equal(("004-libreoffice-pdftotext-default.txt", 833), (e.File, e.Line));
        Assert.StartsWith("无法可靠读取配合履职事项清单：102 项中有 102 项不合格（第833行第1项没有事项名称、没有事项类别；", e.Reason, StringComparison.Ordinal);
        Assert.EndsWith(ListInvariants.Suggestion, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRawModeRenderingIsReadWithItsFewFailingItemsFlagged()
    {
        // The -raw extraction keeps cells in reading order (docs/import-formats.md §5): the cooperative list's rebuilt
        // items that lack a name or a clean category are few, within the tolerance, and the reader flagged them already.
        var list = Read("004-libreoffice-pdftotext-raw.txt");
        var failing = list.Duties.Where(d => ListInvariants.Problems(d).Any()).ToList();

        Assert.Equal(241, list.Duties.Count);
        Assert.All(failing, d => Assert.Equal(DutyKind.Cooperative, d.Kind));
        Assert.InRange(failing.Count, 1, ListInvariants.Allowed(102));
        Assert.All(failing, d => Assert.True(d.Confidence < 1 && d.ReviewReason is not null));
    }

    [Fact]
    public void ALayoutModeDumpIsRefusedForItsColumns()
    {
        var e = Refuse("004-libreoffice-pdftotext-layout.txt");

        Assert.Equal(19, e.Line);
        Assert.StartsWith("文字按页面版式排成了多栏（", e.Reason, StringComparison.Ordinal);
        Assert.Contains("pdftotext -layout", e.Reason, StringComparison.Ordinal);
        Assert.EndsWith("请上传 Word 或 PDF 原件", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBasicListOfADefaultModeDumpIsReadExactlyOrFlagged()
    {
        // Cut before the cooperative heading: what remains is a basic list alone, which the reader accepts.
        var lines = File.ReadAllLines(Path.Combine(SeedDocuments.FixtureDirectory, "004-libreoffice-pdftotext-default.txt"));
        var list = ReadText(lines[..830]);
        var table = SeedFiles.Duties(SeedFiles.File004, DutyKind.Basic);

        Assert.Equal(table.Select(d => d.Number), list.Duties.Select(d => d.Number));
        // Spaces are ignored: the renderer spaced Latin letters apart from Chinese (#100 "开展 C、D级").
        var wrong = list.Duties.Where(d => d.Category != table[d.Number - 1].Category || Bare(d.Name) != Bare(table[d.Number - 1].Name)).ToList();
        Assert.All(wrong, d => Assert.True(d.Confidence < 1 && d.ReviewReason is not null, $"#{d.Number} is wrong and not flagged"));
        // 97-99: the category 应急管理及消防 is wrapped; its first line runs into the name's, 消防 opens the name.
        Assert.Equal([97, 98, 99], wrong.Select(d => d.Number));
        Assert.All(wrong, d => Assert.EndsWith("是一段话，不像类别", d.ReviewReason, StringComparison.Ordinal));
    }

    private static string Bare(string text) => text.Replace(" ", "", StringComparison.Ordinal);

    [Fact]
    public void AVillageListUnderAnAddedHeadingIsRefused()
    {
        var e = Refuse("village-list-with-heading.txt");

        Assert.Equal(8, e.Line);
        Assert.StartsWith("无法可靠读取基本履职事项清单：13 项中有 13 项不合格（第8行第1项没有事项名称、事项类别“负责本村党组织建设，组织党员学习党的路线…”是一段话，不像类别；", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void APowerListRowIsRefusedForItsHeader()
    {
        var e = Refuse("power-list-row.txt");

        Assert.Equal(4, e.Line);
        Assert.Equal(
            "“三台镇基本履职事项清单”之后没有基本履职事项清单的表头（缺少序号、事项名称），不能作为清单的开始；基本履职事项清单的列应为序号、事项类别、事项名称。文件中出现“权力清单”，可能是其他类型的清单，不是履职事项清单",
            e.Reason);
    }

    [Fact]
    public void AShortLineEndingInAListNameIsNoHeadingWithoutItsHeader()
    {
        // The first 基本履职事项清单 line is a caption in the text before the list, not the list's start.
        var list = ReadText(
            "三台镇基本履职事项清单",
            "本清单经县委编委审定后印发。",
            "",
            "三台镇基本履职事项清单",
            "序号 事项类别 事项名称",
            "1 党的建设 组织开展基层理论宣讲",
            "2 党的建设 负责本镇“双拥”工作");

        Assert.Equal((6, 7), (list.Duties[0].Line, list.Duties[1].Line));
        Assert.Equal(["组织开展基层理论宣讲", "负责本镇“双拥”工作"], list.Duties.Select(d => d.Name));
    }

    [Fact]
    public void AHeaderWithAnotherListsColumnIsRefused()
    {
        var e = Assert.Throws<DocumentRejectedException>(() => ReadText(
            "三台镇基本履职事项清单",
            "序号 事项类别 事项名称 承接部门及工作方式",
            "1 党的建设 组织开展基层理论宣讲 县委宣传部：负责指导"));

        Assert.Equal((1, "“基本履职事项清单”的表头有本清单没有的列：承接部门及工作方式；基本履职事项清单的列应为序号、事项类别、事项名称"), (e.Line, e.Reason));
    }
}
