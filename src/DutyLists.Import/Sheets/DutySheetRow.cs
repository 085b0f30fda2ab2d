using System.Globalization;
using DutyLists.Import.Cells;
using DutyLists.Import.Model;

namespace DutyLists.Import.Sheets;

/// <summary>
/// One row of the duty sheet, as the cells hold it: plain text in the sheet's encodings (<see cref="DutySheetCells"/>),
/// so that a parsed duty and a stored one map to the same row.
/// </summary>
public sealed record DutySheetRow
{
    public required string Township { get; init; }
    public string County { get; init; } = string.Empty;
    public string Prefecture { get; init; } = string.Empty;
    public string Region { get; init; } = string.Empty;

    /// <summary>清单: 基本履职事项, 配合履职事项 or 上级部门收回事项.</summary>
    public required string List { get; init; }

    public required int Number { get; init; }
    public required string Category { get; init; }
    public required string Name { get; init; }
    public string Departments { get; init; } = string.Empty;
    public string DepartmentDuties { get; init; } = string.Empty;
    public string TownshipDuties { get; init; } = string.Empty;
    public string Support { get; init; } = string.Empty;
    public string Takeovers { get; init; } = string.Empty;

    /// <summary>不再履行: 是 for a reclaimed duty no longer done, 否 for other reclaimed duties, empty for the other lists.</summary>
    public string Discontinued { get; init; } = string.Empty;

    public string DocumentDate { get; init; } = string.Empty;

    /// <summary>承接部门及工作方式（原文）: the reclaimed duty's cell as the document wrote it.</summary>
    public string TakeoverWording { get; init; } = string.Empty;

    /// <summary>需复核原因: empty when the item needs no review.</summary>
    public string ReviewReason { get; init; } = string.Empty;

    /// <summary>解析可信度: empty for an item read with certainty (1).</summary>
    public string Confidence { get; init; } = string.Empty;

    /// <summary>原始文本: the source lines of an item that needs review, one per line.</summary>
    public string SourceText { get; init; } = string.Empty;

    /// <summary>The cells in the order of <see cref="DutySheetColumns.All"/>.</summary>
    public IReadOnlyList<string> Cells =>
    [
        Township, County, Prefecture, Region, List, Number.ToString(CultureInfo.InvariantCulture), Category, Name,
        Departments, DepartmentDuties, TownshipDuties, Support, Takeovers, Discontinued, DocumentDate,
        TakeoverWording, ReviewReason, Confidence, SourceText,
    ];

    /// <summary>Every duty of a parsed list, in its order.</summary>
    public static IEnumerable<DutySheetRow> From(ParsedList list) => list.Duties.Select(d => From(list, d));

    public static DutySheetRow From(ParsedList list, ParsedDuty duty) => From(list.Township, list.DocumentDate, duty);

    /// <summary>A duty of a township whose list is not at hand as a whole: a stored duty read back, say.</summary>
    public static DutySheetRow From(TownshipInfo township, string? documentDate, ParsedDuty duty) =>
        new()
        {
            Township = township.Name,
            County = township.County ?? string.Empty,
            Prefecture = township.Prefecture ?? string.Empty,
            Region = township.Region ?? string.Empty,
            List = DutySheetColumns.ListValue(duty.Kind),
            Number = duty.Number,
            Category = duty.Category,
            Name = duty.Name,
            Departments = DutySheetCells.Departments(duty.Departments, duty.OtherDepartments),
            DepartmentDuties = DutySheetCells.Entries(duty.DepartmentResponsibilities),
            TownshipDuties = DutySheetCells.Entries(duty.TownshipResponsibilities),
            Support = DutySheetCells.Entries(duty.Support),
            Takeovers = TakeoverCell(duty),
            Discontinued = duty.Kind == DutyKind.Reclaimed ? DutySheetCells.YesNo(duty.Discontinued) : string.Empty,
            DocumentDate = documentDate ?? string.Empty,
            TakeoverWording = duty.Kind == DutyKind.Reclaimed ? duty.TakeoverText ?? string.Empty : string.Empty,
            ReviewReason = duty.ReviewReason ?? string.Empty,
            Confidence = DutySheetCells.Confidence(duty.Confidence),
            SourceText = string.Join(DutySheetCells.LineBreak, duty.SourceLines),
        };

    /// <summary>A duty no longer done keeps the cell's text as written (不再开展此项工作) next to its 是.</summary>
    private static string TakeoverCell(ParsedDuty duty) =>
        duty.Takeovers.Count == 0 && duty.Discontinued
            ? CellText.Collapse(HtmlBlocks.PlainText(duty.TakeoverText ?? string.Empty))
            : DutySheetCells.Takeovers(duty.Takeovers);
}
