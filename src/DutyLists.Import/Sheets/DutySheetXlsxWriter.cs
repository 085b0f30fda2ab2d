using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DutyLists.Import.Sheets;

/// <summary>
/// Writes the duty sheet as an Excel workbook of one worksheet. The worksheet goes out through the SAX
/// <see cref="OpenXmlWriter"/>, rows as inline strings (no shared-string table to hold), straight into a zip entry
/// written in create mode; the package API would buffer every part in memory until it is closed. So memory does not
/// grow with the number of rows. The header row is bold and frozen.
/// </summary>
public static class DutySheetXlsxWriter
{
    private const string SheetName = "履职事项清单";

    // Style indexes into the stylesheet below: 0 default, 1 bold header, 2 wrapped text aligned to the top.
    private const uint HeaderStyle = 1;
    private const uint TextStyle = 2;

    // Column widths in characters: place columns narrow, names wide, the duty texts widest.
    private static readonly double[] Widths = [12, 14, 14, 16, 14, 6, 12, 40, 24, 50, 50, 24, 40, 8, 12];

    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""";

    private const string PackageRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""";

    private const string WorkbookRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""";

    public static void Write(IEnumerable<DutySheetRow> rows, Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        WriteParts(zip);
        using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
        using var writer = OpenXmlWriter.Create(sheet, Encoding.UTF8);
        WriteStart(writer);
        var index = 2u;
        foreach (var row in rows)
        {
            WriteRow(writer, row, index++);
        }

        WriteEnd(writer);
    }

    public static async Task WriteAsync(IAsyncEnumerable<DutySheetRow> rows, Stream output, CancellationToken cancellationToken = default)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        WriteParts(zip);
        using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
        using var writer = OpenXmlWriter.Create(sheet, Encoding.UTF8);
        WriteStart(writer);
        var index = 2u;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            WriteRow(writer, row, index++);
        }

        WriteEnd(writer);
    }

    /// <summary>The package's small parts: content types, relationships, the workbook and the stylesheet.</summary>
    private static void WriteParts(ZipArchive zip)
    {
        WriteEntry(zip, "[Content_Types].xml", ContentTypes);
        WriteEntry(zip, "_rels/.rels", PackageRelationships);
        WriteEntry(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships);
        WriteEntry(zip, "xl/workbook.xml", new Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets(new Sheet { Name = SheetName, SheetId = 1, Id = "rId1" })).OuterXml);
        WriteEntry(zip, "xl/styles.xml", Stylesheet().OuterXml);
    }

    private static void WriteEntry(ZipArchive zip, string name, string xml)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        if (!xml.StartsWith("<?xml", StringComparison.Ordinal))
        {
            text.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""");
        }

        text.Write(xml);
    }

    private static void WriteStart(OpenXmlWriter writer)
    {
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0 }));
        writer.WriteElement(new Columns(Widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })));
        writer.WriteStartElement(new SheetData());
        writer.WriteStartElement(new Row { RowIndex = 1 });
        for (var i = 0; i < DutySheetColumns.All.Count; i++)
        {
            writer.WriteElement(TextCell(i, 1, DutySheetColumns.All[i], HeaderStyle));
        }

        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, DutySheetRow row, uint index)
    {
        writer.WriteStartElement(new Row { RowIndex = index });
        var cells = row.Cells;
        for (var i = 0; i < cells.Count; i++)
        {
            if (DutySheetColumns.All[i] == DutySheetColumns.Number)
            {
                // 序号 as a number, so that Excel sorts and filters it as one.
                writer.WriteElement(new Cell { CellReference = Reference(i, index), CellValue = new CellValue(row.Number), DataType = CellValues.Number, StyleIndex = TextStyle });
            }
            else if (cells[i].Length > 0)
            {
                writer.WriteElement(TextCell(i, index, cells[i], TextStyle));
            }
        }

        writer.WriteEndElement();
    }

    private static void WriteEnd(OpenXmlWriter writer)
    {
        writer.WriteEndElement(); // SheetData
        writer.WriteEndElement(); // Worksheet
    }

    private static Cell TextCell(int column, uint row, string text, uint style) => new()
    {
        CellReference = Reference(column, row),
        DataType = CellValues.InlineString,
        StyleIndex = style,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
    };

    /// <summary>A1-style reference; the sheet has fewer than 27 columns.</summary>
    private static string Reference(int column, uint row) => $"{(char)('A' + column)}{row}";

    /// <summary>
    /// The styles of every sheet this project writes: 0 plain, 1 bold (the header), 2 wrapped and top-aligned (data).
    /// </summary>
    public static Stylesheet Stylesheet() => new(
        new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 0, ApplyAlignment = true })
        { Count = 3 });
}
