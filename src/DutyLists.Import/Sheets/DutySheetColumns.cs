using DutyLists.Import.Cells;
using DutyLists.Import.Model;

namespace DutyLists.Import.Sheets;

/// <summary>
/// The duty sheet: one header row, one row per duty. The same columns are written on export and read on import,
/// so a list can be exported, edited in Excel and imported back. Columns are found by their header text, in any order.
/// </summary>
public static class DutySheetColumns
{
    public const string Township = "乡镇";
    public const string County = "县（市、区）";
    public const string Prefecture = "地（州、市）";
    public const string Region = "省（自治区）";
    public const string List = "清单";
    public const string Number = "序号";
    public const string Category = "事项类别";
    public const string Name = "事项名称";
    public const string Departments = "对应上级部门";
    public const string DepartmentDuties = "上级部门职责";
    public const string TownshipDuties = "乡镇配合职责";
    public const string Support = "履职保障";
    public const string Takeovers = "承接部门及工作方式";
    public const string Discontinued = "不再履行";
    public const string DocumentDate = "发布日期";

    /// <summary>
    /// The 承接部门及工作方式 cell as the document wrote it (000's <c>县人力资源和社会保障局 承接方式：由…</c>), beside the
    /// one-takeover-per-line form of <see cref="Takeovers"/>: read back while the two agree, so that a round trip keeps
    /// the document's wording, and dropped when an edit made them differ.
    /// </summary>
    public const string TakeoverWording = "承接部门及工作方式（原文）";

    /// <summary>Why the item needs review (empty when it does not), as the importer or an editor flagged it.</summary>
    public const string ReviewReason = "需复核原因";

    /// <summary>How sure the importer was of the item, 0 to 1; empty means 1.</summary>
    public const string Confidence = "解析可信度";

    /// <summary>The document's lines the item was rebuilt from, kept for items that need review.</summary>
    public const string SourceText = "原始文本";

    /// <summary>
    /// Every column, in the order the writers put them. The columns after <see cref="DocumentDate"/> came later: they
    /// are written last so that a sheet read by position before them still reads, and a sheet without them still imports.
    /// </summary>
    public static readonly IReadOnlyList<string> All =
    [
        Township, County, Prefecture, Region, List, Number, Category, Name,
        Departments, DepartmentDuties, TownshipDuties, Support, Takeovers, Discontinued, DocumentDate,
        TakeoverWording, ReviewReason, Confidence, SourceText,
    ];

    /// <summary>Columns a sheet must have; the others may be left out (a basic-only sheet needs no department columns).</summary>
    public static readonly IReadOnlyList<string> Required = [Township, List, Number, Category, Name];

    /// <summary>The values of 清单, one per list.</summary>
    public static readonly IReadOnlyList<(string Value, DutyKind Kind)> ListValues =
        [.. ListVocabulary.Lists.Select(l => (l.ItemWord, l.Kind))];

    /// <summary>不再履行 values.</summary>
    public const string Yes = "是";

    public const string No = "否";

    /// <summary>
    /// A header cell as it is matched: whitespace removed and half-width parentheses made full-width, so that
    /// <c>县(市、区)</c> and <c>县（市、区）</c> name the same column.
    /// </summary>
    public static string Normalize(string header) =>
        CellText.RemoveWhitespace(header).Replace('(', '（').Replace(')', '）');

    public static string ListValue(DutyKind kind) => ListValues.First(l => l.Kind == kind).Value;

    /// <summary>The list a 清单 cell names; the full list name (<c>基本履职事项清单</c>) is accepted too.</summary>
    public static DutyKind? ListKind(string value)
    {
        var text = value.Trim();
        if (text.EndsWith("清单", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        foreach (var (name, kind) in ListValues)
        {
            if (text == name)
            {
                return kind;
            }
        }

        return null;
    }
}
