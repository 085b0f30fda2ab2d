using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DutyLists.Data.Comparison;
using DutyLists.Import.Sheets;

namespace DutyLists.Web.Api;

/// <summary>
/// A comparison as a sheet of its matched groups, as the compare page shows them: one row a group (the same duty in
/// several townships, or a duty only one has), with the list, how widely it is shared, its category, and each
/// township's number and name of the duty side by side. A comparison is computed whole in memory, so it is written
/// whole too.
/// </summary>
public static class ComparisonSheet
{
    public const string SheetName = "乡镇清单比较";
    public const string Kind = "清单";
    public const string Sharing = "对应情况";
    public const string Group = "组";
    public const string Category = "事项类别";
    public const string InAll = "各乡镇共有";
    public const string InSome = "部分乡镇共有";
    public const string InOne = "仅一个乡镇有";

    public static string NumberColumn(ComparedTownship township) => $"{township.Name}序号";

    public static string NameColumn(ComparedTownship township) => $"{township.Name}事项名称";

    public static IReadOnlyList<string> Header(ComparisonResult result) =>
        [Kind, Sharing, Group, Category, .. result.Townships.SelectMany(t => new[] { NumberColumn(t), NameColumn(t) })];

    /// <summary>The rows in the page's order: list by list, the groups common to all, then to some, then the unique ones.</summary>
    public static IEnumerable<IReadOnlyList<string>> Rows(ComparisonResult result)
    {
        foreach (var kind in result.Kinds)
        {
            var number = 0;
            foreach (var (sharing, groups) in new[] { (InAll, kind.CommonToAll), (InSome, kind.CommonToSome), (InOne, kind.Unique) })
            {
                foreach (var group in groups)
                {
                    number++;
                    var cells = new List<string> { kind.Kind.Title(), sharing, number.ToString(System.Globalization.CultureInfo.InvariantCulture), group.Duties[0].Category };
                    foreach (var township in result.Townships)
                    {
                        var duty = group.Duties.FirstOrDefault(d => d.TownshipId == township.Id);
                        cells.Add(duty?.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
                        cells.Add(duty?.Name ?? "");
                    }

                    yield return cells;
                }
            }
        }
    }

    public static async Task WriteCsvAsync(ComparisonResult result, Stream output, CancellationToken ct)
    {
        // UTF-8 with a BOM and formula-looking cells kept as text, as every other export.
        await using var writer = CsvWriter.Create(output, new CsvWriterOptions { WriteByteOrderMark = true }, leaveOpen: true);
        await writer.WriteRecordAsync([.. Header(result)], ct);
        foreach (var row in Rows(result))
        {
            await writer.WriteRecordAsync([.. row.Select(FormulaGuard.Neutralise)], ct);
        }

        await writer.FlushAsync(ct);
    }

    public static async Task WriteXlsxAsync(ComparisonResult result, Stream output, CancellationToken ct)
    {
        // The package API needs a seekable stream; a comparison's sheet is small (a few thousand rows at most).
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = DutySheetXlsxWriter.Stylesheet();

            var header = Header(result);
            var data = new SheetData();
            data.Append(SheetRow(1, header, 1, numeric: _ => false));
            var index = 2u;
            foreach (var row in Rows(result))
            {
                // The group and each township's 序号 as numbers, so that a spreadsheet sorts them as numbers.
                data.Append(SheetRow(index++, row, 2, numeric: column => column == 2 || (column >= 4 && (column - 4) % 2 == 0)));
            }

            var sheet = workbook.AddNewPart<WorksheetPart>();
            var widths = header.Select((_, i) => i switch { 0 => 16d, 1 => 14d, 2 => 6d, 3 => 14d, _ => (i - 4) % 2 == 0 ? 8d : 40d }).ToList();
            sheet.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
                new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })),
                data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Name = SheetName, SheetId = 1, Id = workbook.GetIdOfPart(sheet) }));
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
    }

    private static Row SheetRow(uint index, IReadOnlyList<string> cells, uint style, Func<int, bool> numeric)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Length == 0)
            {
                continue;
            }

            row.Append(numeric(i)
                ? new Cell { CellReference = Reference(i, index), CellValue = new CellValue(cells[i]), DataType = CellValues.Number, StyleIndex = style }
                : new Cell
                {
                    CellReference = Reference(i, index),
                    DataType = CellValues.InlineString,
                    StyleIndex = style,
                    InlineString = new InlineString(new Text(cells[i]) { Space = SpaceProcessingModeValues.Preserve }),
                });
        }

        return row;
    }

    /// <summary>A1-style reference; past Z the columns go on AA, AB… (ten townships take 24 columns, more take more).</summary>
    private static string Reference(int column, uint row)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return $"{name}{row}";
    }
}
