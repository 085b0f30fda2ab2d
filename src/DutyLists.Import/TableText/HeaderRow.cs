using DutyLists.Import.Cells;

namespace DutyLists.Import.TableText;

/// <summary>The canonical columns of the three tables.</summary>
public enum Column
{
    Number,
    Category,
    Name,
    Departments,
    DepartmentDuties,
    TownshipDuties,
    Takeover,
}

/// <summary>A column header row (<c>序号⇥事项类别⇥事项名称…</c>), mapped to canonical columns.</summary>
public sealed record HeaderRow(IReadOnlyList<Column> Columns)
{
    /// <summary>The number of cells a data row should have.</summary>
    public int Width => Columns.Count;

    public int IndexOf(Column column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == column)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a row is a header: its first cell is 序号.</summary>
    public static bool IsHeader(IReadOnlyList<string> cells) => cells.Count > 1 && CellText.RemoveWhitespace(cells[0]) == "序号";

    /// <summary>
    /// Maps the header's cells; null names the first cell no synonym matches. Trailing empty cells are dropped
    /// (001 L258 ends with a TAB).
    /// </summary>
    public static (HeaderRow? Header, string? Unknown) Read(IReadOnlyList<string> cells)
    {
        var count = cells.Count;
        while (count > 0 && string.IsNullOrWhiteSpace(cells[count - 1]))
        {
            count--;
        }

        var columns = new List<Column>();
        foreach (var cell in cells.Take(count))
        {
            var column = Map(cell);
            if (column is null)
            {
                return (null, cell);
            }

            columns.Add(column.Value);
        }

        return (new HeaderRow(columns), null);
    }

    /// <summary>
    /// Synonyms seen in the documents: 事项名称 | 履职事项 (000 basic); 镇配合职责 | 乡镇配合职责 | 苏木乡镇(街道) 配合职责;
    /// 上级部门职责 | 上级部门职责 (含提供的履职保障).
    /// </summary>
    public static Column? Map(string cell)
    {
        var text = CellText.RemoveWhitespace(cell);
        return text switch
        {
            "序号" => Column.Number,
            "事项类别" => Column.Category,
            "事项名称" or "履职事项" => Column.Name,
            "对应上级部门" => Column.Departments,
            "承接部门及工作方式" => Column.Takeover,
            _ when text.StartsWith("上级部门职责", StringComparison.Ordinal) => Column.DepartmentDuties,
            _ when text.EndsWith("配合职责", StringComparison.Ordinal) => Column.TownshipDuties,
            _ => null,
        };
    }
}
