namespace DutyLists.Data.History;

/// <summary>
/// An editor's corrected version of one duty, as the form posts it. Multi-item texts are one item per line, each
/// starting with its own marker as written (<c>1.</c>, <c>（2）</c>, <c>一、</c>); takeovers are one
/// <c>部门：工作方式</c> per line.
/// </summary>
public sealed record DutyCorrection
{
    public required string Category { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<string> Departments { get; init; } = [];

    public string? OtherDepartments { get; init; }

    public string DepartmentResponsibilities { get; init; } = "";

    public string TownshipResponsibilities { get; init; } = "";

    public string Support { get; init; } = "";

    public string Takeovers { get; init; } = "";

    public bool Discontinued { get; init; }

    /// <summary>Why the change was made; required, it goes into the revision and the audit log.</summary>
    public required string Note { get; init; }
}
