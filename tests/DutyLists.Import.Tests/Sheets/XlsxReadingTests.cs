using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DutyLists.Import.Model;
using DutyLists.Import.Sheets;

namespace DutyLists.Import.Tests.Sheets;

/// <summary>Excel workbooks as Excel itself writes them: shared strings, numbers, rows and cells left out.</summary>
public class XlsxReadingTests
{
    private const string FileName = "sheet.xlsx";

    [Fact]
    public void SharedStringsNumbersAndSkippedRowsKeepExcelsRowNumbers()
    {
        // Row 3 is absent and cells are referenced out of column order; row 5 has an empty name.
        var bytes = Workbook(
            (1, [("A", "乡镇"), ("B", "清单"), ("C", "序号"), ("D", "事项类别"), ("E", "事项名称")]),
            (2, [("A", "三台镇"), ("B", "基本履职事项"), ("C", 1), ("D", "党的建设"), ("E", "组织开展基层理论宣讲")]),
            (4, [("E", "做好信访工作"), ("A", "三台镇"), ("B", "基本履职事项"), ("C", 2), ("D", "平安法治")]),
            (5, [("A", "三台镇"), ("B", "基本履职事项"), ("C", 3), ("D", "平安法治")]));

        var e = Assert.Throws<DocumentRejectedException>(() => DutyListReader.CreateDefault().Read(FileName, bytes));

        Assert.Equal((FileName, 5, "第5行：基本履职事项第3项的事项名称为空"), (e.File, e.Line, e.Reason));
    }

    [Fact]
    public void ReadsTheFirstWorksheet()
    {
        var bytes = Workbook(
            (1, [("A", "乡镇"), ("B", "清单"), ("C", "序号"), ("D", "事项类别"), ("E", "事项名称")]),
            (2, [("A", "三台镇"), ("B", "基本履职事项"), ("C", 1), ("D", "党的建设"), ("E", "组织开展基层理论宣讲")]),
            (4, [("E", "做好信访工作"), ("A", "三台镇"), ("B", "基本履职事项"), ("C", 2), ("D", "平安法治")]));

        var list = DutyListReader.CreateDefault().Read(FileName, bytes);

        Assert.Equal(DocumentLayout.Sheet, list.Layout);
        Assert.Equal([(1, "组织开展基层理论宣讲", 2), (2, "做好信访工作", 4)], list.Duties.Select(d => (d.Number, d.Name, d.Line)));
    }

    [Fact]
    public void EmptyWorksheet()
    {
        var e = Assert.Throws<DocumentRejectedException>(() => DutyListReader.CreateDefault().Read(FileName, Workbook()));

        Assert.Equal((0, "Excel 文件的第一个工作表“Sheet1”是空的，没有表头，也没有任何事项"), (e.Line, e.Reason));
    }

    [Fact]
    public void CorruptWorkbook()
    {
        var bytes = Workbook((1, [("A", "乡镇")]));

        var e = Assert.Throws<DocumentRejectedException>(() => DutyListReader.CreateDefault().Read(FileName, bytes[..(bytes.Length / 2)]));

        Assert.Equal((FileName, 0), (e.File, e.Line));
        Assert.StartsWith("Excel 文件已损坏，无法打开", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RecognisedByItsWorkbookPartNotByName()
    {
        var extractor = new XlsxTextExtractor();

        Assert.True(extractor.Recognises(Workbook((1, [("A", "乡镇")]))));
        Assert.False(extractor.Recognises("乡镇,清单"u8.ToArray()));
        Assert.False(new DutyLists.Import.Word.DocxTextExtractor().Recognises(Workbook((1, [("A", "乡镇")]))));
    }

    /// <summary>A workbook as Excel writes it: text in the shared-string table, numbers as numbers.</summary>
    private static byte[] Workbook(params (uint Row, (string Column, object Value)[] Cells)[] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            var table = new SharedStringTable();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var (index, cells) in rows)
            {
                var row = new Row { RowIndex = index };
                foreach (var (column, value) in cells)
                {
                    var cell = new Cell { CellReference = $"{column}{index}" };
                    if (value is int number)
                    {
                        cell.CellValue = new CellValue(number);
                    }
                    else
                    {
                        table.AppendChild(new SharedStringItem(new Text((string)value)));
                        cell.DataType = CellValues.SharedString;
                        cell.CellValue = new CellValue(table.ChildElements.Count - 1);
                    }

                    row.AppendChild(cell);
                }

                data.AppendChild(row);
            }

            strings.SharedStringTable = table;
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook = new Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets(new Sheet { Name = "Sheet1", SheetId = 1, Id = workbook.GetIdOfPart(sheet) }));
        }

        return stream.ToArray();
    }
}
