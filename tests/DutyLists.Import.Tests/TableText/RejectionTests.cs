using System.Text;
using DutyLists.Import.Model;
using DutyLists.Import.TableText;

namespace DutyLists.Import.Tests.TableText;

/// <summary>Documents that cannot be imported: the exception names the file, the line and a reason in Chinese.</summary>
public class RejectionTests
{
    private static readonly DutyListReader Reader = new([new TableTextParser()]);

    [Fact]
    public void EmptyFile()
    {
        var e = Assert.Throws<DocumentRejectedException>(() => Reader.Read("empty.txt", []));

        Assert.Equal(("empty.txt", 0, "文件为空"), (e.File, e.Line, e.Reason));
    }

    [Fact]
    public void BinaryJunk()
    {
        byte[] junk = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0xFE, 0x12];

        var e = Assert.Throws<DocumentRejectedException>(() => Reader.Read("junk.docx", junk));

        Assert.Equal(("junk.docx", 0, "不是文本文件（含有二进制内容）"), (e.File, e.Line, e.Reason));
    }

    [Fact]
    public void TextThatIsNoDutyList()
    {
        var e = Assert.Throws<DocumentRejectedException>(() => Reader.Read("notes.txt", Encoding.UTF8.GetBytes("会议纪要\n\n一、会议时间\t2025年7月\n二、参会人员")));

        Assert.Equal(("notes.txt", 0), (e.File, e.Line));
        Assert.StartsWith("不是履职事项清单", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TableWithoutAnyListHeading()
    {
        var e = InlineDocument.Reject(["会议签到表", "序号\t姓名\t单位", "1\t张三\t民政局"]);

        Assert.Equal((InlineDocument.FileName, 2, "表头行之前没有清单标题（如“……配合履职事项清单”），无法确定是哪一张清单"), (e.File, e.Line, e.Reason));
    }

    [Fact]
    public void FileTruncatedMidRow()
    {
        // 000 cut inside L200: the last line is a coop row with 4 of its 6 cells
        var lines = SeedFiles.Lines(SeedFiles.File000).Take(200).ToArray();
        lines[^1] = string.Join('\t', lines[^1].Split('\t').Take(4));

        var e = InlineDocument.Reject(lines);

        Assert.Equal(200, e.Line);
        Assert.StartsWith("文件在配合履职事项清单第", e.Reason, StringComparison.Ordinal);
        Assert.EndsWith("该行只有4个单元格，表头有6个，文件不完整", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FileTruncatedInsideAnHtmlTag()
    {
        var lines = SeedFiles.Lines(SeedFiles.File000).Take(121).ToArray();
        lines[^1] = lines[^1][..lines[^1].LastIndexOf("</p>", StringComparison.Ordinal)] + "</";

        var e = InlineDocument.Reject(lines);

        Assert.Equal((121, "文件在配合履职事项清单第1项中间中断：最后一个单元格在 HTML 标记中间结束，文件不完整"), (e.Line, e.Reason));
    }

    [Fact]
    public void FileTruncatedMidSectionAtARowBoundary()
    {
        // 000 cut after L200 (a whole coop row): the reclaimed list the TOC names (L13) never comes
        var e = InlineDocument.Reject(SeedFiles.Lines(SeedFiles.File000).Take(200));

        Assert.Equal((InlineDocument.FileName, 13, "目录列有“上级部门收回事项清单”，但文件中没有这张清单，文件可能不完整"), (e.File, e.Line, e.Reason));
    }

    [Fact]
    public void SectionWithHeadingAndHeaderButNoRows()
    {
        // 000 cut after the reclaimed heading (L331) and its header (L333)
        var e = InlineDocument.Reject(SeedFiles.Lines(SeedFiles.File000).Take(333));

        Assert.Equal((331, "“上级部门收回事项清单”只有标题和表头，没有任何事项，文件可能不完整"), (e.Line, e.Reason));
    }

    [Fact]
    public void ListWhoseHeaderIsFollowedOnlyByTheFootnote()
    {
        string[] lines =
        [
            "卜尔汉图镇配合履职事项清单", "",
            "序号\t事项名称\t对应上级部门\t上级部门职责 (含提供的履职保障)\t苏木乡镇(街道) 配合职责",
            "注：根据清单工作整体部署将适时对清单内容进行修订。",
        ];

        var e = InlineDocument.Reject(lines);

        Assert.Equal((1, "“配合履职事项清单”只有标题和表头，没有任何事项，文件可能不完整"), (e.Line, e.Reason));
    }

    [Fact]
    public void HeaderMissingARequiredColumn()
    {
        var e = InlineDocument.Reject([.. InlineDocument.TitleBlock, "昌吉州木垒县大石头乡配合履职事项清单", "", "序号\t事项类别\t事项名称", "1\t党的建设\t推荐县级以上党代表工作"]);

        Assert.Equal((11, "“配合履职事项清单”的表头缺少列：对应上级部门、上级部门职责、乡镇配合职责"), (e.Line, e.Reason));
    }

    [Fact]
    public void UnknownHeaderColumn()
    {
        var e = InlineDocument.Reject([.. InlineDocument.TitleBlock, "昌吉州木垒县大石头乡基本履职事项清单", "", "序号\t事项类别\t事项名称\t备注", "1\t党的建设\t组织开展基层理论宣讲\t无"]);

        Assert.Equal((11, "无法识别的表头列“备注”"), (e.Line, e.Reason));
    }

    [Fact]
    public void DataRowsBeforeAnyHeader()
    {
        var e = InlineDocument.Reject([.. InlineDocument.TitleBlock, "昌吉州木垒县大石头乡基本履职事项清单", "", "1\t党的建设\t组织开展基层理论宣讲", InlineDocument.BasicHeader]);

        Assert.Equal(11, e.Line);
        Assert.StartsWith("“基本履职事项清单”的表格缺少表头行", e.Reason, StringComparison.Ordinal);
    }
}
