namespace DutyLists.Import.Model;

/// <summary>One duty as read from a document: a row of one of the three lists.</summary>
public sealed record ParsedDuty
{
    public required DutyKind Kind { get; init; }

    /// <summary>序号, restarting at 1 in every list.</summary>
    public required int Number { get; init; }

    /// <summary>事项类别 as written (whitespace removed), e.g. 党的建设 or the variant 文化旅游.</summary>
    public required string Category { get; init; }

    /// <summary>事项名称 / 履职事项: for basic duties this is the whole description.</summary>
    public required string Name { get; init; }

    /// <summary>1-based line of the document where the duty starts.</summary>
    public required int Line { get; init; }

    /// <summary>对应上级部门 (cooperative): one name per department, inherited prefixes restored (县人力资源和社会保障局、财政局 → 县…, 县财政局).</summary>
    public IReadOnlyList<string> Departments { get; init; } = [];

    /// <summary>A generic tail of the department cell, e.g. 其他负有安全生产监督管理职责的部门; null when there is none.</summary>
    public string? OtherDepartments { get; init; }

    /// <summary>上级部门职责 (cooperative), without the 履职保障 part.</summary>
    public IReadOnlyList<ResponsibilityItem> DepartmentResponsibilities { get; init; } = [];

    /// <summary>乡镇配合职责 (cooperative).</summary>
    public IReadOnlyList<ResponsibilityItem> TownshipResponsibilities { get; init; } = [];

    /// <summary>履职保障 (cooperative): the support the upper department provides.</summary>
    public IReadOnlyList<ResponsibilityItem> Support { get; init; } = [];

    /// <summary>承接部门及工作方式 (reclaimed): who took the duty over and how; empty when it is no longer done.</summary>
    public IReadOnlyList<Takeover> Takeovers { get; init; } = [];

    /// <summary>Reclaimed duties that are no longer done at all (不再开展此项工作).</summary>
    public bool Discontinued { get; init; }

    /// <summary>Reclaimed: the cell's text as written, for display and for duties no longer done.</summary>
    public string? TakeoverText { get; init; }

    /// <summary>How sure the reader is of this item, 0..1; 1 for a clean table row.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>Why an admin should review the item; null when it needs no review.</summary>
    public string? ReviewReason { get; init; }

    /// <summary>Raw source lines the item was rebuilt from, kept for items that need review.</summary>
    public IReadOnlyList<string> SourceLines { get; init; } = [];
}

/// <summary>One entry of a responsibility text, with the document's own numbering.</summary>
/// <param name="Number">The marker as written (<c>1.</c>, <c>一、</c>, <c>（1）</c>), or null for unnumbered entries.</param>
/// <param name="Text">The entry's text, without its marker; never HTML.</param>
/// <param name="IsHeading">A sub-heading (<c>一、家养动物的管理</c>) or a department label (<c>县自然资源局：</c>).</param>
public sealed record ResponsibilityItem(string? Number, string Text, bool IsHeading = false);

/// <summary>A department that took over a reclaimed duty, and how (工作方式).</summary>
/// <param name="Department">The taking-over department (承接部门), or null when the text names none.</param>
/// <param name="Method">How it does the work (工作方式).</param>
public sealed record Takeover(string? Department, string Method);

/// <summary>An irregularity that did not stop the import.</summary>
public sealed record ImportWarning(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
