using DutyLists.Import.Cells;
using DutyLists.Import.Model;

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

    /// <summary>The column a header cell names (<see cref="ListVocabulary.ColumnOf"/>), or null.</summary>
    public static Column? Map(string cell) => ListVocabulary.ColumnOf(cell);
}
