using DutyLists.Import.Model;

namespace DutyLists.Data.Model;

/// <summary>One duty of a revision; <see cref="BasicDuty"/>, <see cref="CooperativeDuty"/> or <see cref="ReclaimedDuty"/>.</summary>
public abstract class Duty
{
    public int Id { get; set; }

    public int RevisionId { get; set; }

    public ListRevision? Revision { get; set; }

    public DutyKind Kind { get; set; }

    /// <summary>序号 within its list.</summary>
    public int Number { get; set; }

    public int CategoryId { get; set; }

    public Category? Category { get; set; }

    /// <summary>The category as the document writes it (文化旅游), when it differs from the canonical one.</summary>
    public string? CategoryAsWritten { get; set; }

    public required string Name { get; set; }

    /// <summary>1-based line of the document where the duty starts.</summary>
    public int SourceLine { get; set; }

    /// <summary>How sure the importer is of this item, 0..1.</summary>
    public double Confidence { get; set; } = 1.0;

    /// <summary>Why an editor should review the item; null when it needs no review.</summary>
    public string? ReviewReason { get; set; }

    /// <summary>Raw lines the item was rebuilt from, kept for items that need review.</summary>
    public string? SourceText { get; set; }

    /// <summary>
    /// Every text of the duty (category, name, departments, responsibilities, takeovers) in one column, so that a
    /// search is one substring test per word; written once, with the duty.
    /// </summary>
    public string SearchText { get; set; } = "";

    /// <summary>The name with whitespace and punctuation removed, to match the same duty across townships.</summary>
    public string NormalizedName { get; set; } = "";
}

/// <summary>基本履职事项: what the township itself must do.</summary>
public class BasicDuty : Duty
{
}

/// <summary>配合履职事项: led by county departments, the township helping.</summary>
public class CooperativeDuty : Duty
{
    /// <summary>对应上级部门, in the order the document names them.</summary>
    public List<DutyDepartment> Departments { get; set; } = [];

    /// <summary>A generic tail such as 其他负有安全生产监督管理职责的部门.</summary>
    public string? OtherDepartments { get; set; }

    /// <summary>上级部门职责, 乡镇配合职责 and 履职保障 entries, in document order.</summary>
    public List<ResponsibilityEntry> Responsibilities { get; set; } = [];
}

/// <summary>上级部门收回事项: taken back by an upper department, or no longer done.</summary>
public class ReclaimedDuty : Duty
{
    /// <summary>承接部门及工作方式, one entry per taking-over department.</summary>
    public List<TakeoverEntry> Takeovers { get; set; } = [];

    /// <summary>The duty is no longer done at all (不再开展此项工作).</summary>
    public bool Discontinued { get; set; }

    /// <summary>The 承接部门及工作方式 cell as written.</summary>
    public string? TakeoverText { get; set; }
}
