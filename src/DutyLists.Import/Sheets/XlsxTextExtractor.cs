using System.Globalization;
using System.Xml;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DutyLists.Import.Model;
using DutyLists.Import.Reading;

namespace DutyLists.Import.Sheets;

/// <summary>
/// Turns the first worksheet of an Excel workbook into CSV for <see cref="DutySheetParser"/>: one record per worksheet
/// row, rows Excel leaves out written as empty records, so that the parser's row numbers are the ones Excel shows.
/// The worksheet is read with the SAX reader, one row at a time.
/// </summary>
public sealed class XlsxTextExtractor : ITextExtractor
{
    private const string WorkbookPart = "xl/workbook.xml";

    private static readonly CsvWriterOptions Options = new() { ValidateFieldCount = false, NewLine = "\n" };

    public string Format => "Excel (.xlsx)";

    public bool Recognises(byte[] content) => OfficePackage.Holds(content, WorkbookPart);

    public string Extract(string fileName, byte[] content)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), isEditable: false);
            var workbook = document.WorkbookPart ?? throw new DocumentRejectedException(fileName, 0, "Excel 文件中没有工作簿");
            var sheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw new DocumentRejectedException(fileName, 0, "Excel 文件中没有工作表");
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart worksheet)
            {
                throw new DocumentRejectedException(fileName, 0, $"Excel 文件的第一个工作表“{sheet.Name}”不是普通工作表（可能是图表）");
            }

            var csv = ToCsv(worksheet, SharedStrings(workbook), out var empty);
            return empty ? throw new DocumentRejectedException(fileName, 0, $"Excel 文件的第一个工作表“{sheet.Name}”是空的，没有表头，也没有任何事项") : csv;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException)
        {
            throw new DocumentRejectedException(fileName, 0, $"Excel 文件已损坏，无法打开：{e.Message}");
        }
    }

    private static string ToCsv(WorksheetPart worksheet, IReadOnlyList<string> shared, out bool empty)
    {
        empty = true;
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            using var reader = OpenXmlReader.Create(worksheet);
            var previous = 0u;
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                {
                    continue;
                }

                var row = (Row)reader.LoadCurrentElement()!;
                var index = row.RowIndex?.Value ?? previous + 1;
                for (; previous + 1 < index; previous++)
                {
                    csv.WriteRecord(["", ""]);
                }

                var cells = Cells(row, shared);
                empty &= cells.All(c => c.Trim().Length == 0);
                // Guarded as the CSV export is, since the sheet reader takes the guard off again.
                csv.WriteRecord([.. cells.Select(FormulaGuard.Neutralise)]);
                previous = index;
            }
        }

        return text.ToString();
    }

    /// <summary>The row's values by column; cells Excel leaves out are empty.</summary>
    private static List<string> Cells(Row row, IReadOnlyList<string> shared)
    {
        var values = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            // Placed by reference: Excel writes cells in column order, other producers need not.
            var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : values.Count;
            while (values.Count <= column)
            {
                values.Add(string.Empty);
            }

            values[column] = Value(cell, shared);
        }

        return values;
    }

    private static string Value(Cell cell, IReadOnlyList<string> shared)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : string.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? RichText(inline.Text, inline.Elements<Run>()) : string.Empty;
        }

        // A number typed into 序号 comes as 3, sometimes as 3.0000000000000004 after arithmetic: whole numbers read as integers.
        if (type is null || type == CellValues.Number)
        {
            return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && Math.Abs(number - Math.Round(number)) < 1e-9 && Math.Abs(number) < 1e15
                ? ((long)Math.Round(number)).ToString(CultureInfo.InvariantCulture)
                : raw;
        }

        return raw;
    }

    /// <summary>The shared strings, read with the SAX reader; phonetic runs (rPh) are not part of the text.</summary>
    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                strings.Add(RichText(item.Text, item.Elements<Run>()));
            }
        }

        return strings;
    }

    private static string RichText(Text? plain, IEnumerable<Run> runs) =>
        plain?.Text ?? string.Concat(runs.Select(r => r.Text?.Text));

    /// <summary><c>C12</c> → 2.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}
