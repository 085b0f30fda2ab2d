using System.Globalization;
using CsvHelper;
using DutyLists.Import.Cells;
using DutyLists.Import.Model;
using DutyLists.Import.Reading;

namespace DutyLists.Import.Sheets;

/// <summary>One pass over a duty sheet in CSV; rows are numbered as Excel shows them (the header is usually row 1).</summary>
internal sealed class DutySheetReading(SourceDocument document, DocumentMetadata? metadata)
{
    private static readonly CsvReaderOptions Options = new()
    {
        HasHeader = false,
        Separator = ',',
        // Blank lines are rows in Excel too: they must be counted for row numbers to match.
        SkipEmptyLines = false,
    };

    private readonly List<ImportWarning> _warnings = [];
    private readonly Dictionary<string, (string Value, int Row)> _places = [];
    private Dictionary<string, int> _columns = [];

    public ParsedList Read()
    {
        var rows = Records().Where(r => r.Cells.Any(c => c.Trim().Length > 0)).ToList();
        if (rows.Count == 0)
        {
            throw Reject(0, "表格为空：没有表头，也没有任何事项");
        }

        var header = rows[0];
        _columns = ReadHeader(header);
        if (rows.Count == 1)
        {
            throw Reject(header.Row, $"第{header.Row}行：只有表头，没有任何事项");
        }

        var duties = new List<ParsedDuty>();
        var seen = new Dictionary<(DutyKind, int), int>();
        foreach (var (row, cells) in rows.Skip(1))
        {
            var duty = ReadRow(row, cells);
            if (seen.TryGetValue((duty.Kind, duty.Number), out var first))
            {
                throw Reject(row, $"第{row}行：{ListName(duty.Kind)}序号{duty.Number}与第{first}行重复");
            }

            seen[(duty.Kind, duty.Number)] = row;
            duties.Add(duty);
        }

        // Rows may have been sorted or filtered in Excel: the lists come out in their order, each by number.
        duties = [.. duties.OrderBy(d => d.Kind).ThenBy(d => d.Number)];
        foreach (var kind in duties.Select(d => d.Kind).Distinct())
        {
            foreach (var (duty, expected) in NumberingCheck.Gaps(duties.Where(d => d.Kind == kind)))
            {
                Warn(duty.Line, $"第{duty.Line}行：{ListName(kind)}序号不连续：应为{expected}，实为{duty.Number}");
            }
        }

        return new ParsedList
        {
            FileName = document.FileName,
            Sha256 = document.Sha256,
            Layout = DocumentLayout.Sheet,
            Township = ReadTownship(out var places),
            Places = places,
            DocumentDate = Place(DutySheetColumns.DocumentDate) ?? metadata?.Date,
            Lists = [.. duties.Select(d => d.Kind).Distinct()],
            Duties = duties,
            Warnings = _warnings,
        };
    }

    private IEnumerable<(int Row, string[] Cells)> Records()
    {
        using var csv = CsvReader.Create(new StringReader(string.Join('\n', document.Lines)), Options, false);
        var row = 0;
        while (true)
        {
            try
            {
                if (!csv.Read())
                {
                    yield break;
                }
            }
            catch (CsvFormatException e)
            {
                throw Reject(row + 1, $"第{row + 1}行：无法按 CSV 读取：{e.Message}");
            }

            row++;
            document.Cancellation.ThrowIfCancellationRequested();
            var limits = document.Limits;
            if (row > limits.MaxRows || csv.FieldCount > limits.MaxColumns)
            {
                throw Reject(row, row > limits.MaxRows
                    ? $"表格超过 {LimitMessages.Count(limits.MaxRows)} 行的上限，{LimitMessages.Tail}"
                    : $"第{row}行：有 {LimitMessages.Count(csv.FieldCount)} 列，超过 {LimitMessages.Count(limits.MaxColumns)} 列的上限，{LimitMessages.Tail}");
            }

            var cells = new string[csv.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = FormulaGuard.Restore(csv.GetString(i));
                CellLimits.Check(document, row, cells[i]);
            }

            yield return (row, cells);
        }
    }

    /// <summary>Maps header names to positions; unknown columns are ignored, a repeated or missing one rejects the sheet.</summary>
    private Dictionary<string, int> ReadHeader((int Row, string[] Cells) header)
    {
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < header.Cells.Length; i++)
        {
            var name = DutySheetColumns.Normalize(header.Cells[i]);
            if (!DutySheetColumns.All.Contains(name))
            {
                continue;
            }

            if (!columns.TryAdd(name, i))
            {
                throw Reject(header.Row, $"第{header.Row}行：表头中“{name}”列出现了两次");
            }
        }

        var missing = DutySheetColumns.Required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw Reject(header.Row, $"第{header.Row}行：表头缺少必需的列：{string.Join("、", missing)}");
        }

        return columns;
    }

    private ParsedDuty ReadRow(int row, string[] cells)
    {
        string Cell(string column) => _columns.TryGetValue(column, out var i) && i < cells.Length ? cells[i].Trim() : string.Empty;

        var listCell = Cell(DutySheetColumns.List);
        var kind = DutySheetColumns.ListKind(listCell)
            ?? throw Reject(row, listCell.Length == 0
                ? $"第{row}行：清单为空，应为基本履职事项、配合履职事项或上级部门收回事项"
                : $"第{row}行：无法识别的清单“{listCell}”，应为基本履职事项、配合履职事项或上级部门收回事项");
        var numberCell = Cell(DutySheetColumns.Number);
        if (!int.TryParse(numberCell, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            throw Reject(row, $"第{row}行：序号“{numberCell}”不是正整数");
        }

        var name = CellText.Collapse(Cell(DutySheetColumns.Name));
        if (name.Length == 0)
        {
            throw Reject(row, $"第{row}行：{ListName(kind)}第{number}项的事项名称为空");
        }

        foreach (var column in new[] { DutySheetColumns.Township, DutySheetColumns.County, DutySheetColumns.Prefecture, DutySheetColumns.Region, DutySheetColumns.DocumentDate })
        {
            Agree(column, Cell(column), row);
        }

        var category = CellText.RemoveWhitespace(Cell(DutySheetColumns.Category));
        if (category.Length == 0)
        {
            Warn(row, $"第{row}行：{ListName(kind)}第{number}项的事项类别为空");
        }

        var duty = new ParsedDuty { Kind = kind, Number = number, Category = category, Name = name, Line = row };
        duty = Review(duty, Cell, _columns.TryGetValue(DutySheetColumns.SourceText, out var source) && source < cells.Length ? cells[source] : string.Empty);
        return kind switch
        {
            DutyKind.Cooperative => Cooperative(duty, Cell),
            DutyKind.Reclaimed => Reclaimed(duty, Cell),
            _ => duty,
        };
    }

    /// <summary>
    /// The review flag, confidence and source lines an export carries, so that a round trip keeps an item flagged;
    /// a sheet without these columns reads as items that need no review. Source lines are kept as written, spaces too.
    /// </summary>
    private ParsedDuty Review(ParsedDuty duty, Func<string, string> cell, string sourceText)
    {
        var confidenceCell = cell(DutySheetColumns.Confidence);
        var confidence = DutySheetCells.ReadConfidence(confidenceCell)
            ?? throw Reject(duty.Line, $"第{duty.Line}行：解析可信度“{confidenceCell}”应为 0 到 1 之间的数，或留空");
        var reason = CellText.Collapse(cell(DutySheetColumns.ReviewReason));
        var lines = sourceText.Replace("\r\n", "\n", StringComparison.Ordinal).Split(DutySheetCells.LineBreak);
        return duty with
        {
            ReviewReason = reason.Length == 0 ? null : reason,
            Confidence = confidence,
            SourceLines = sourceText.Length == 0 ? [] : lines,
        };
    }

    private ParsedDuty Cooperative(ParsedDuty duty, Func<string, string> cell)
    {
        foreach (var column in new[] { DutySheetColumns.Departments, DutySheetColumns.DepartmentDuties, DutySheetColumns.TownshipDuties })
        {
            if (cell(column).Length == 0)
            {
                Warn(duty.Line, $"第{duty.Line}行：{ListName(duty.Kind)}第{duty.Number}项的“{column}”为空");
            }
        }

        var departments = DutySheetCells.ReadDepartments(cell(DutySheetColumns.Departments));
        return duty with
        {
            Departments = departments.Departments,
            OtherDepartments = departments.OtherDepartments,
            DepartmentResponsibilities = DutySheetCells.ReadEntries(cell(DutySheetColumns.DepartmentDuties)),
            TownshipResponsibilities = DutySheetCells.ReadEntries(cell(DutySheetColumns.TownshipDuties)),
            Support = DutySheetCells.ReadEntries(cell(DutySheetColumns.Support)),
        };
    }

    /// <summary>不再履行 decides whether the duty is still done; left empty, the cell's wording (不再开展此项工作) decides.</summary>
    private ParsedDuty Reclaimed(ParsedDuty duty, Func<string, string> cell)
    {
        var text = cell(DutySheetColumns.Takeovers);
        var flag = cell(DutySheetColumns.Discontinued);
        var discontinued = DutySheetCells.ReadYesNo(flag);
        if (discontinued is null && flag.Length > 0)
        {
            throw Reject(duty.Line, $"第{duty.Line}行：不再履行“{flag}”无法识别，应为“是”或“否”");
        }

        var takeovers = DutySheetCells.ReadTakeovers(text);
        var noLongerDone = discontinued ?? takeovers.Discontinued;
        if (!noLongerDone && takeovers.Takeovers.All(t => t.Department is null))
        {
            Warn(duty.Line, $"第{duty.Line}行：{ListName(duty.Kind)}第{duty.Number}项的“承接部门及工作方式”中找不到承接部门");
        }

        // The document's own wording is kept while it still says what the one-per-line cell says; an edit to either
        // makes the edited cell the text, as for a sheet without the wording column.
        var wording = cell(DutySheetColumns.TakeoverWording);
        if (wording.Length > 0 && !DutySheetCells.WordingAgrees(wording, takeovers, text))
        {
            Warn(duty.Line, $"第{duty.Line}行：{ListName(duty.Kind)}第{duty.Number}项的“{DutySheetColumns.TakeoverWording}”与“{DutySheetColumns.Takeovers}”不一致，已按后者导入");
            wording = string.Empty;
        }

        var written = wording.Length > 0 ? wording : text;
        return duty with { Takeovers = takeovers.Takeovers, Discontinued = noLongerDone, TakeoverText = written.Length == 0 ? null : written };
    }

    /// <summary>Township and its place are stated on every row; rows may leave them empty, but must not contradict each other.</summary>
    private void Agree(string column, string value, int row)
    {
        if (value.Length == 0)
        {
            return;
        }

        if (!_places.TryGetValue(column, out var first))
        {
            _places[column] = (value, row);
        }
        else if (first.Value != value)
        {
            var what = column == DutySheetColumns.Township ? "一个文件只能包含一个乡镇的清单，请按乡镇分成多个文件" : "同一文件中各行应一致";
            throw Reject(row, $"第{row}行：{column}“{value}”与第{first.Row}行的“{first.Value}”不同；{what}");
        }
    }

    private string? Place(string column) => _places.TryGetValue(column, out var place) ? place.Value : null;

    private TownshipInfo ReadTownship(out IReadOnlyList<PlaceValue> places)
    {
        var stated = new PlaceName(
            Place(DutySheetColumns.Region), Place(DutySheetColumns.Prefecture), Place(DutySheetColumns.County), Place(DutySheetColumns.Township));
        var (township, resolved) = PlaceResolution.Resolve(stated, metadata, document.FileName, _warnings);
        if (township.Name.Length == 0)
        {
            throw Reject(0, "找不到乡镇名称：“乡镇”列全部为空，元数据也未提供");
        }

        places = resolved;
        return township;
    }

    private static string ListName(DutyKind kind) => DutySheetColumns.ListValue(kind);

    private void Warn(int line, string message) => _warnings.Add(new ImportWarning(document.FileName, line, message));

    private DocumentRejectedException Reject(int line, string reason) => new(document.FileName, line, reason);
}
