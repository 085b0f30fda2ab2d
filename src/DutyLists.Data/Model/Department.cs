namespace DutyLists.Data.Model;

/// <summary>对应上级部门: a county-level department (or unit) that leads cooperative duties or takes over reclaimed ones.</summary>
public class Department
{
    public int Id { get; set; }

    /// <summary>The county-level unit the department belongs to; departments of different counties are different.</summary>
    public required string County { get; set; }

    /// <summary>Canonical name, as the documents of that county write it in full.</summary>
    public required string Name { get; set; }

    /// <summary>Other names the documents use for it (县残联 for 县残疾人联合会).</summary>
    public List<DepartmentAlias> Aliases { get; set; } = [];
}

/// <summary>Another name of a department, seen in a document or added by an admin.</summary>
public class DepartmentAlias
{
    public int Id { get; set; }

    public int DepartmentId { get; set; }

    public required string Name { get; set; }
}

/// <summary>
/// A county-independent naming rule, written with a bare 县 prefix (县残联 → 县残疾人联合会):
/// applied to every county's documents at import. Seeded from <c>seed-data/department-aliases.csv</c>.
/// </summary>
public class DepartmentNameRule
{
    public int Id { get; set; }

    public required string Alias { get; set; }

    public required string Canonical { get; set; }
}

/// <summary>A department named by a cooperative duty, in the document's order.</summary>
public class DutyDepartment
{
    public int DutyId { get; set; }

    public int Order { get; set; }

    public int DepartmentId { get; set; }

    public Department? Department { get; set; }

    /// <summary>The name as the document wrote it, when it differs from the canonical name.</summary>
    public string? NameAsWritten { get; set; }
}

/// <summary>承接部门及工作方式: a department that took over a reclaimed duty, and how.</summary>
public class TakeoverEntry
{
    public int Id { get; set; }

    public int DutyId { get; set; }

    public int Order { get; set; }

    public int? DepartmentId { get; set; }

    public Department? Department { get; set; }

    /// <summary>
    /// The department as the document wrote it, when it differs from the canonical name (县残联 beside
    /// 县残疾人联合会): the document's words are kept, the register entry is only what the name is matched to.
    /// </summary>
    public string? DepartmentAsWritten { get; set; }

    /// <summary>工作方式.</summary>
    public required string Method { get; set; }
}
