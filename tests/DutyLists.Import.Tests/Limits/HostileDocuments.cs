using System.IO.Compression;
using System.Text;

namespace DutyLists.Import.Tests.Limits;

/// <summary>
/// Small files that ask a reader for far more than they hold, written here rather than committed: an .xlsx naming
/// row 4,000,000,000 or cell ZZZZZZ2, a .docx cell spanning 2,000,000,000 columns, zip bombs, a cell of unclosed
/// <c>&lt;div&gt;</c>. Shared with the web tests and the benchmarks.
/// </summary>
public static class HostileDocuments
{
    private const string Spreadsheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public const string CsvHeader = "乡镇,县（市、区）,清单,序号,事项类别,事项名称,对应上级部门,上级部门职责,乡镇配合职责,承接部门及工作方式,不再履行";

    /// <summary>A sheet with a header and one duty on row 2, then <paramref name="extraRow"/> as written.</summary>
    public static byte[] Xlsx(string extraRow = "") => XlsxWithSheet(SheetXml(Header() + DutyRow(2) + extraRow));

    /// <summary>About 1.7 KB: a duty on a row numbered 4,000,000,000, which Excel itself could never write.</summary>
    public static byte[] XlsxWithHugeRowNumber() => Xlsx(DutyRow(4_000_000_000));

    /// <summary>A cell referenced as column ZZZZZZ (over 321 million).</summary>
    public static byte[] XlsxWithFarColumn() => Xlsx("<row r=\"3\"><c r=\"ZZZZZZ3\" t=\"inlineStr\"><is><t>x</t></is></c></row>");

    /// <summary>A worksheet part that expands to <paramref name="expandedBytes"/>, almost all of it spaces, which compress to nearly nothing.</summary>
    public static byte[] XlsxBomb(long expandedBytes)
    {
        var head = Header() + DutyRow(2);
        return XlsxWithSheet(SheetXml(head, padding: expandedBytes));
    }

    /// <summary>
    /// A package whose zip headers (local and central) say that <paramref name="part"/> expands to
    /// <paramref name="declared"/> bytes, whatever it really holds: a bomb that lies about its size.
    /// </summary>
    public static byte[] WithDeclaredSize(byte[] zip, string part, uint declared)
    {
        var bytes = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(part);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            // Local file header (PK 3 4): size at 22, name at 30; central directory header (PK 1 2): size at 24, name at 46.
            var (sizeAt, nameLengthAt, nameAt) = (bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]) switch
            {
                (0x50, 0x4B, 3, 4) => (22, 26, 30),
                (0x50, 0x4B, 1, 2) => (24, 28, 46),
                _ => (-1, 0, 0),
            };
            if (sizeAt < 0 || BitConverter.ToUInt16(bytes, i + nameLengthAt) != name.Length || !bytes.AsSpan(i + nameAt, name.Length).SequenceEqual(name))
            {
                continue;
            }

            BitConverter.TryWriteBytes(bytes.AsSpan(i + sizeAt, 4), declared);
        }

        return bytes;
    }

    /// <summary>A worksheet of empty rows: few bytes each, one element each.</summary>
    public static byte[] XlsxWithManyElements(int rows)
    {
        var body = new StringBuilder(Header());
        for (var i = 0; i < rows; i++)
        {
            body.Append("<row/>");
        }

        return XlsxWithSheet(SheetXml(body.ToString()));
    }

    /// <summary>About 1 KB: a table whose one cell spans 2,000,000,000 grid columns.</summary>
    public static byte[] DocxWithHugeSpan() => Docx(
        Paragraph("三台镇基本履职事项清单")
        + "<w:tbl><w:tr>"
        + Cell("序号") + Cell("事项类别") + Cell("事项名称")
        + "</w:tr><w:tr>"
        + "<w:tc><w:tcPr><w:gridSpan w:val=\"2000000000\"/></w:tcPr><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>"
        + "</w:tr></w:tbl>");

    /// <summary>A Word body that expands to <paramref name="expandedBytes"/> of spaces between two paragraphs.</summary>
    public static byte[] DocxBomb(long expandedBytes) => Docx(Paragraph("三台镇基本履职事项清单"), padding: expandedBytes);

    /// <summary>A CSV whose one cell opens <paramref name="count"/> <c>&lt;div&gt;</c> and closes none (0.5 MB at 100,000).</summary>
    public static byte[] CsvWithUnclosedDivs(int count) => Encoding.UTF8.GetBytes(
        CsvHeader + "\n" + $"三台镇,吉木萨尔县,配合履职事项,1,民政,临时救助,县民政局,\"{string.Concat(Enumerable.Repeat("<div>", count))}审批\",入户调查,,");

    /// <summary>A valid one-duty CSV, for the tests that need a document that passes.</summary>
    public static byte[] ValidCsv() => Encoding.UTF8.GetBytes(
        CsvHeader + "\n三台镇,吉木萨尔县,基本履职事项,1,党的建设,组织开展基层理论宣讲,,,,,");

    /// <summary>
    /// A PDF's pages turned to landscape A4: each page's media box made 842 × 595 points, the content left as it was
    /// laid out for portrait (so the table runs off the shorter page).
    /// </summary>
    public static byte[] PdfInLandscape(byte[] pdf) => Replace(pdf, "/MediaBox[0 0 595.303937007874 841.889763779528]", "/MediaBox[0 0 841.889763779528 595.303937007874]");

    /// <summary>A PDF's pages rotated a quarter turn (<c>/Rotate 90</c>): every word stands on its side.</summary>
    public static byte[] PdfRotated(byte[] pdf) => Replace(pdf, "/Type/Page/", "/Type/Page/Rotate 90/");

    /// <summary>Byte-level replacement; the cross-reference offsets go stale, which PDF readers repair as they open the file.</summary>
    private static byte[] Replace(byte[] pdf, string from, string to)
    {
        var text = Encoding.Latin1.GetString(pdf);
        return text.Contains(from, StringComparison.Ordinal)
            ? Encoding.Latin1.GetBytes(text.Replace(from, to, StringComparison.Ordinal))
            : throw new ArgumentException($"The PDF holds no “{from}”.", nameof(pdf));
    }

    private static string Header() =>
        "<row r=\"1\">" + InlineCells(1, "乡镇", "县（市、区）", "清单", "序号", "事项类别", "事项名称") + "</row>";

    private static string DutyRow(long row) =>
        $"<row r=\"{row}\">" + InlineCells(row, "三台镇", "吉木萨尔县", "基本履职事项", "1", "党的建设", "组织开展基层理论宣讲") + "</row>";

    private static string InlineCells(long row, params string[] values) =>
        string.Concat(values.Select((v, i) => $"<c r=\"{(char)('A' + i)}{row}\" t=\"inlineStr\"><is><t>{v}</t></is></c>"));

    private static Part SheetXml(string rows, long padding = 0) =>
        new("xl/worksheets/sheet1.xml", $"<worksheet xmlns=\"{Spreadsheet}\"><sheetData>{rows}", padding, "</sheetData></worksheet>");

    private static byte[] XlsxWithSheet(Part sheet) => Zip(
        new("[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "</Types>"),
        new("_rels/.rels", $"<Relationships xmlns=\"{Relationships}\"><Relationship Id=\"rId1\" Type=\"{OfficeDocument}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
        new("xl/workbook.xml", $"<workbook xmlns=\"{Spreadsheet}\" xmlns:r=\"{OfficeDocument}\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
        new("xl/_rels/workbook.xml.rels", $"<Relationships xmlns=\"{Relationships}\"><Relationship Id=\"rId1\" Type=\"{OfficeDocument}/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
        sheet);

    private static byte[] Docx(string body, long padding = 0) => Zip(
        new("[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "</Types>"),
        new("_rels/.rels", $"<Relationships xmlns=\"{Relationships}\"><Relationship Id=\"rId1\" Type=\"{OfficeDocument}/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
        new("word/document.xml", $"<w:document xmlns:w=\"{Word}\"><w:body>{body}", padding, "</w:body></w:document>"));

    private static string Paragraph(string text) => $"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>";

    private static string Cell(string text) => $"<w:tc>{Paragraph(text)}</w:tc>";

    /// <summary>A part: its head, then <see cref="Padding"/> spaces written in pieces (never held whole), then its tail.</summary>
    private sealed record Part(string Name, string Head, long Padding = 0, string Tail = "");

    private static byte[] Zip(params Part[] parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var spaces = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));
            foreach (var part in parts)
            {
                using var stream = zip.CreateEntry(part.Name, CompressionLevel.SmallestSize).Open();
                stream.Write(Encoding.UTF8.GetBytes(part.Head));
                for (var left = part.Padding; left > 0; left -= spaces.Length)
                {
                    stream.Write(spaces, 0, (int)Math.Min(left, spaces.Length));
                }

                stream.Write(Encoding.UTF8.GetBytes(part.Tail));
            }
        }

        return buffer.ToArray();
    }
}
