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
/// The worksheet is read with the SAX reader, one cell at a time, within <see cref="ImportLimits"/>.
/// </summary>
public sealed class XlsxTextExtractor : ITextExtractor
{
    private const string WorkbookPart = "xl/workbook.xml";

    /// <summary>Excel's last column, XFD.</summary>
    private const int MaxExcelColumns = 16_384;

    private static readonly CsvWriterOptions Options = new() { ValidateFieldCount = false, NewLine = "\n" };

    public string Format => "Excel (.xlsx)";

    public bool Recognises(byte[] content) => OfficePackage.Holds(content, WorkbookPart);

    public string Extract(string fileName, byte[] content) => Extract(fileName, content, ImportLimits.Default, CancellationToken.None);

    public string Extract(string fileName, byte[] content, ImportLimits limits, CancellationToken ct)
    {
        OfficePackage.CheckBounds(fileName, "Excel", content, limits, ct);
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

            using var reading = new SheetReading(fileName, limits, SharedStrings(workbook, ct), ct);
            var csv = reading.ToCsv(worksheet);
            return reading.Empty ? throw new DocumentRejectedException(fileName, 0, $"Excel 文件的第一个工作表“{sheet.Name}”是空的，没有表头，也没有任何事项") : csv;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException)
        {
            throw new DocumentRejectedException(fileName, 0, $"Excel 文件已损坏，无法打开：{e.Message}");
        }
    }

    /// <summary>
    /// One pass over a worksheet with the SAX reader: rows are never loaded whole (a row may hold millions of empty
    /// cells), only one cell at a time, and every row number, cell reference and cell is held to the limits.
    /// </summary>
    private sealed class SheetReading(string fileName, ImportLimits limits, IReadOnlyList<string> shared, CancellationToken ct) : IDisposable
    {
        private readonly StringWriter _text = new(CultureInfo.InvariantCulture);
        private List<string>? _cells;
        private uint _row;
        private uint _previous;
        private int _rows;

        public bool Empty { get; private set; } = true;

        public void Dispose() => _text.Dispose();

        public string ToCsv(WorksheetPart worksheet)
        {
            using (var csv = CsvWriter.Create(_text, Options, leaveOpen: true))
            {
                using var reader = OpenXmlReader.Create(worksheet);
                var steps = 0;
                while (reader.Read())
                {
                    if ((++steps & 0xFFF) == 0)
                    {
                        ct.ThrowIfCancellationRequested();
                    }

                    if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                    {
                        Finish(csv);
                        StartRow(reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value);
                    }
                    else if (reader.ElementType == typeof(Cell) && reader.IsStartElement && _cells is not null)
                    {
                        Place((Cell)reader.LoadCurrentElement()!);
                    }
                }

                Finish(csv);
            }

            return _text.ToString();
        }

        private void StartRow(string? reference)
        {
            if (++_rows > limits.MaxRows)
            {
                throw Refuse(0, $"工作表超过 {LimitMessages.Count(limits.MaxRows)} 行的上限");
            }

            if (reference is null)
            {
                _row = _previous + 1;
            }
            else if (!uint.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out _row) || _row > limits.MaxRows)
            {
                throw Refuse(0, $"工作表中的行号“{reference}”超过 {LimitMessages.Count(limits.MaxRows)} 行的上限");
            }

            _cells = [];
        }

        /// <summary>Writes the row read so far, after empty records for the rows Excel left out.</summary>
        private void Finish(CsvWriter csv)
        {
            if (_cells is null)
            {
                return;
            }

            for (; _previous + 1 < _row; _previous++)
            {
                csv.WriteRecord(["", ""]);
            }

            Empty &= _cells.All(c => c.Trim().Length == 0);
            // Guarded as the CSV export is, since the sheet reader takes the guard off again.
            csv.WriteRecord([.. _cells.Select(FormulaGuard.Neutralise)]);
            _previous = _row;
            _cells = null;
            if (_text.GetStringBuilder().Length > limits.MaxTextChars)
            {
                throw Refuse(0, $"工作表的文字超过 {LimitMessages.Count(limits.MaxTextChars)} 个字符的上限");
            }
        }

        /// <summary>Places a cell by its reference: Excel writes cells in column order, other producers need not.</summary>
        private void Place(Cell cell)
        {
            var values = _cells!;
            var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : values.Count;
            if (column >= limits.MaxColumns)
            {
                throw Refuse(_row, $"第{_row}行：单元格“{cell.CellReference?.Value}”超出 {LimitMessages.Count(limits.MaxColumns)} 列的上限");
            }

            while (values.Count <= column)
            {
                values.Add(string.Empty);
            }

            var value = Value(cell, shared);
            if (value.Length > limits.MaxCellChars)
            {
                throw Refuse(_row, $"第{_row}行：单元格有 {LimitMessages.Count(value.Length)} 个字符，超过 {LimitMessages.Count(limits.MaxCellChars)} 个字符的上限");
            }

            values[column] = value;
        }

        private DocumentRejectedException Refuse(uint row, string reason) => new(fileName, (int)row, $"{reason}，{LimitMessages.Tail}");
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
    private static List<string> SharedStrings(WorkbookPart workbook, CancellationToken ct)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            ct.ThrowIfCancellationRequested();
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

    /// <summary><c>C12</c> → 2; past Excel's last column (XFD) it stops counting, as every such column is over the limit.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            if (index > MaxExcelColumns)
            {
                return int.MaxValue;
            }
        }

        return index - 1;
    }
}
