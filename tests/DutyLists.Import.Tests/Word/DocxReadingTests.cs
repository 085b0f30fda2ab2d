using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DutyLists.Import.Cells;
using DutyLists.Import.Model;
using DutyLists.Import.Word;

namespace DutyLists.Import.Tests.Word;

/// <summary>Word documents built here as Word writes them: merged cells, cells of several paragraphs, no tables.</summary>
public class DocxReadingTests
{
    private const string FileName = "list.docx";

    [Fact]
    public void TablesBecomeTableTextWithMergedCellsAndParagraphs()
    {
        var bytes = Document(
            Paragraph("新疆维吾尔自治区昌吉回族自治州"),
            Paragraph("吉木萨尔县三台镇"),
            Paragraph("履职事项清单"),
            Paragraph("2025年7月"),
            Paragraph("昌吉回族自治州吉木萨尔县三台镇配合履职事项清单"),
            Table(
                Row(Cell("序号"), Cell("事项类别"), Cell("事项名称"), Cell("对应上级部门"), Cell("上级部门职责"), Cell("乡镇配合职责")),
                Row(Cell("1"), Cell("民政", merge: MergedCellValues.Restart), Cell("残疾人两项补贴"), Cell("县民政局、财政局"),
                    Cell("县民政局：", "1.审核资格；", "2.发放补贴。"), Cell("1.受理申请； 2.初审")),
                Row(Cell("2"), Cell(merge: MergedCellValues.Continue), Cell("临时", "救助"), Cell("县民政局"), Cell("审批"), Cell("入户调查"))));

        var list = DutyListReader.CreateDefault().Read(FileName, bytes);

        Assert.Equal(DocumentLayout.TableText, list.Layout);
        Assert.Equal(new TownshipInfo("三台镇", "镇", "吉木萨尔县", "昌吉回族自治州", "新疆维吾尔自治区"), list.Township);
        Assert.Equal([(1, "民政", "残疾人两项补贴"), (2, "民政", "临时救助")], list.Duties.Select(d => (d.Number, d.Category, d.Name)));
        var first = list.Duties[0];
        Assert.Equal(["县民政局", "县财政局"], first.Departments);
        Assert.Equal([new(null, "县民政局", IsHeading: true), new("1.", "审核资格；"), new("2.", "发放补贴。")], first.DepartmentResponsibilities);
        Assert.Equal([new("1.", "受理申请；"), new("2.", "初审")], first.TownshipResponsibilities);
    }

    [Fact]
    public void ExtractedTextIsTheTableLayout()
    {
        var bytes = Document(
            Paragraph("三台镇基本履职事项清单"),
            Table(
                Row(Cell("序号"), Cell("事项类别"), Cell("事项名称")),
                Row(Cell("一、党的建设（1项）", span: 3)),
                Row(Cell("1"), Cell("党的建设"), Cell("学习<宣传>", "贯彻"))));

        var text = new DocxTextExtractor().Extract(FileName, bytes);

        Assert.Equal("三台镇基本履职事项清单\n序号\t事项类别\t事项名称\n一、党的建设（1项）\t\t\n1\t党的建设\t<p>学习&lt;宣传&gt;</p><p>贯彻</p>", text);
    }

    /// <summary>
    /// A list whose entries only spaces separate (the seeds' unclosed &lt;ol&gt;, 003 #16) comes out of a layout as one
    /// paragraph; a space after a sentence end separates its entries as in the list. A numbered entry keeps its
    /// sentences, and a duty sheet's line, an entry as written out, is not split.
    /// </summary>
    [Fact]
    public void AParagraphOfSentencesSeparatedBySpacesIsOneEntryASentence()
    {
        var bytes = Document(
            Paragraph("三台镇配合履职事项清单"),
            Table(
                Row(Cell("序号"), Cell("事项类别"), Cell("事项名称"), Cell("对应上级部门"), Cell("上级部门职责"), Cell("乡镇配合职责")),
                Row(Cell("1"), Cell("民政"), Cell("办理最低生活保障业务"), Cell("县民政局"),
                    Cell("县民政局： 1. 复审材料。 确定低保金。 2. 发放低保金。", "履职保障： 提供政策业务指导培训。"),
                    Cell("负责受理申请。 联合县民政局入户核查; 负责档案管理。"))));

        var duty = Assert.Single(DutyListReader.CreateDefault().Read(FileName, bytes).Duties);

        Assert.Equal([new(null, "负责受理申请。"), new(null, "联合县民政局入户核查;"), new(null, "负责档案管理。")], duty.TownshipResponsibilities);
        Assert.Equal([new(null, "县民政局", IsHeading: true), new("1.", "复审材料。 确定低保金。"), new("2.", "发放低保金。")], duty.DepartmentResponsibilities);
        Assert.Equal([new(null, "提供政策业务指导培训。")], duty.Support);
        Assert.Equal([new(null, "负责受理申请。 联合县民政局入户核查;")], ResponsibilityText.ParseParagraph("负责受理申请。 联合县民政局入户核查;"));
    }

    [Fact]
    public void DocumentWithoutTables()
    {
        var bytes = Document(Paragraph("三台镇基本履职事项清单"), Paragraph("1. 党的建设"));

        var e = Assert.Throws<DocumentRejectedException>(() => DutyListReader.CreateDefault().Read(FileName, bytes));

        Assert.Equal((FileName, 0, "文档中没有表格，找不到履职事项清单"), (e.File, e.Line, e.Reason));
    }

    [Fact]
    public void CorruptDocument()
    {
        var bytes = Document(Paragraph("三台镇基本履职事项清单"));

        var e = Assert.Throws<DocumentRejectedException>(() => DutyListReader.CreateDefault().Read(FileName, bytes[..(bytes.Length * 2 / 3)]));

        Assert.Equal((FileName, 0), (e.File, e.Line));
        Assert.StartsWith("Word 文件已损坏，无法打开", e.Reason, StringComparison.Ordinal);
    }

    private static byte[] Document(params OpenXmlElement[] blocks)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(blocks));
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text)));

    private static Table Table(params TableRow[] rows) => new(rows);

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableCell Cell(params string[] paragraphs) => Cell(paragraphs, null, 1);

    private static TableCell Cell(string text, int span) => Cell([text], null, span);

    private static TableCell Cell(MergedCellValues merge) => Cell([], merge, 1);

    private static TableCell Cell(string text, MergedCellValues merge) => Cell([text], merge, 1);

    private static TableCell Cell(string[] paragraphs, MergedCellValues? merge, int span)
    {
        var properties = new TableCellProperties();
        if (merge is { } value)
        {
            properties.AppendChild(new VerticalMerge { Val = value });
        }

        if (span > 1)
        {
            properties.AppendChild(new GridSpan { Val = span });
        }

        // Word gives every cell at least one paragraph.
        return new TableCell([properties, .. (paragraphs.Length == 0 ? [new Paragraph()] : paragraphs.Select(Paragraph))]);
    }
}
