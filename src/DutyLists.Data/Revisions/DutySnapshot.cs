using System.Collections.Immutable;
using System.Text.Json.Serialization;
using DutyLists.Data.Model;
using DutyLists.Import.Model;

namespace DutyLists.Data.Revisions;

/// <summary>
/// One duty as a revision shows it, in comparable form: names are canonical (categories and departments resolved
/// through their aliases) and responsibility entries are the displayed text, marker included. Two snapshots are
/// equal when their content is, whatever their <see cref="Number"/>, <see cref="DutyId"/> or <see cref="Line"/>.
/// </summary>
public sealed record DutySnapshot
{
    [JsonConverter(typeof(JsonStringEnumConverter<DutyKind>))]
    public required DutyKind Kind { get; init; }

    /// <summary>序号 within its list; not part of the content.</summary>
    public required int Number { get; init; }

    /// <summary>The stored duty's id; null for a document not stored.</summary>
    public int? DutyId { get; init; }

    /// <summary>1-based line of the document where the duty starts.</summary>
    public int Line { get; init; }

    /// <summary>Canonical category name.</summary>
    public required string Category { get; init; }

    public required string Name { get; init; }

    /// <summary>Canonical department names, in the document's order.</summary>
    public ImmutableArray<string> Departments { get; init; } = [];

    public string? OtherDepartments { get; init; }

    /// <summary>上级部门职责 entries as displayed: marker followed by text.</summary>
    public ImmutableArray<string> DepartmentResponsibilities { get; init; } = [];

    /// <summary>乡镇配合职责 entries as displayed.</summary>
    public ImmutableArray<string> TownshipResponsibilities { get; init; } = [];

    /// <summary>履职保障 entries as displayed.</summary>
    public ImmutableArray<string> Support { get; init; } = [];

    public ImmutableArray<TakeoverSnapshot> Takeovers { get; init; } = [];

    public bool Discontinued { get; init; }

    /// <summary>
    /// The 承接部门及工作方式 cell as written, kept only for a duty no longer done, where it is the content. For a duty
    /// taken over, <see cref="Takeovers"/> is the content and the cell only its wording: a list exported as a duty
    /// sheet and read back writes the takeovers, and must compare as unchanged.
    /// </summary>
    public string? TakeoverText { get; init; }

    /// <summary>The duty as stored, or as the importer would store it (categories and departments resolved).</summary>
    internal static DutySnapshot From(Duty duty)
    {
        var snapshot = new DutySnapshot
        {
            Kind = duty.Kind,
            Number = duty.Number,
            DutyId = duty.Id == 0 ? null : duty.Id,
            Line = duty.SourceLine,
            Category = duty.Category!.Name,
            Name = duty.Name,
        };
        return duty switch
        {
            CooperativeDuty c => snapshot with
            {
                Departments = [.. c.Departments.OrderBy(x => x.Order).Select(x => x.Department!.Name)],
                OtherDepartments = c.OtherDepartments,
                DepartmentResponsibilities = Displayed(c.Responsibilities, ResponsibilityPart.Department),
                TownshipResponsibilities = Displayed(c.Responsibilities, ResponsibilityPart.Township),
                Support = Displayed(c.Responsibilities, ResponsibilityPart.Support),
            },
            ReclaimedDuty r => snapshot with
            {
                Takeovers = [.. r.Takeovers.OrderBy(x => x.Order).Select(x => new TakeoverSnapshot(x.Department?.Name, x.Method))],
                Discontinued = r.Discontinued,
                TakeoverText = CellWhenDiscontinued(r.Discontinued, r.TakeoverText),
            },
            _ => snapshot,
        };
    }

    /// <summary>
    /// A parsed duty with its names as written, without alias resolution: for comparing two documents where no
    /// database is at hand. Compare with stored revisions through <see cref="DutySnapshotLoader"/> instead.
    /// </summary>
    public static DutySnapshot AsWritten(ParsedDuty duty) => new()
    {
        Kind = duty.Kind,
        Number = duty.Number,
        Line = duty.Line,
        Category = duty.Category,
        Name = duty.Name,
        Departments = [.. duty.Departments],
        OtherDepartments = duty.OtherDepartments,
        DepartmentResponsibilities = [.. duty.DepartmentResponsibilities.Select(Displayed)],
        TownshipResponsibilities = [.. duty.TownshipResponsibilities.Select(Displayed)],
        Support = [.. duty.Support.Select(Displayed)],
        Takeovers = [.. duty.Takeovers.Select(t => new TakeoverSnapshot(t.Department, t.Method))],
        Discontinued = duty.Discontinued,
        TakeoverText = CellWhenDiscontinued(duty.Discontinued, duty.TakeoverText),
    };

    private static string? CellWhenDiscontinued(bool discontinued, string? cell) => discontinued ? cell : null;

    public bool Equals(DutySnapshot? other) =>
        other is not null
        && Kind == other.Kind
        && Discontinued == other.Discontinued
        && Name == other.Name
        && Category == other.Category
        && OtherDepartments == other.OtherDepartments
        && TakeoverText == other.TakeoverText
        && Departments.SequenceEqual(other.Departments)
        && DepartmentResponsibilities.SequenceEqual(other.DepartmentResponsibilities)
        && TownshipResponsibilities.SequenceEqual(other.TownshipResponsibilities)
        && Support.SequenceEqual(other.Support)
        && Takeovers.SequenceEqual(other.Takeovers);

    public override int GetHashCode() =>
        HashCode.Combine(Kind, Name, Category, Departments.Length, DepartmentResponsibilities.Length, TownshipResponsibilities.Length, Support.Length, Takeovers.Length);

    private static ImmutableArray<string> Displayed(IEnumerable<ResponsibilityEntry> entries, ResponsibilityPart part) =>
        [.. entries.Where(e => e.Part == part).OrderBy(e => e.Order).Select(e => e.Number + e.Text)];

    private static string Displayed(ResponsibilityItem item) => item.Number + item.Text;
}
