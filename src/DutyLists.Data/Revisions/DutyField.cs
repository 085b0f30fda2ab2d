using System.Text.Json.Serialization;

namespace DutyLists.Data.Revisions;

/// <summary>A part of a duty that a revision can change.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DutyField>))]
public enum DutyField
{
    /// <summary>事项名称 / 履职事项.</summary>
    Name,

    /// <summary>事项类别.</summary>
    Category,

    /// <summary>对应上级部门.</summary>
    Departments,

    /// <summary>The generic tail of the department cell (其他负有…职责的部门).</summary>
    OtherDepartments,

    /// <summary>上级部门职责.</summary>
    DepartmentResponsibilities,

    /// <summary>乡镇配合职责.</summary>
    TownshipResponsibilities,

    /// <summary>履职保障.</summary>
    Support,

    /// <summary>承接部门及工作方式, per department.</summary>
    Takeovers,

    /// <summary>不再开展此项工作.</summary>
    Discontinued,

    /// <summary>The 承接部门及工作方式 cell as written.</summary>
    TakeoverText,
}
