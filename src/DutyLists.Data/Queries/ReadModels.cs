using DutyLists.Data.Model;
using DutyLists.Import.Model;

namespace DutyLists.Data.Queries;

/// <summary>A township with the counts of its current lists.</summary>
public sealed record TownshipSummary(
    int Id,
    string Name,
    string? Level,
    string? County,
    string? Prefecture,
    string? Region,
    string? DocumentDate,
    int? RevisionId,
    DutyCounts Counts,
    IReadOnlyList<DutyKind> Lists)
{
    /// <summary>Whether the township's document has this list at all (003, say, has only the cooperative one).</summary>
    public bool Has(DutyKind kind) => Lists.Contains(kind);
}

/// <summary>A revision of a township's list as the township page names it: by its number.</summary>
public sealed record RevisionRef(int Id, int Number, bool IsCurrent, DateTime ImportedAtUtc, string FileName, string? DocumentDate, IReadOnlyList<DutyKind> Lists);

/// <summary>Number of duties per list.</summary>
public sealed record DutyCounts(int Basic, int Cooperative, int Reclaimed)
{
    public int Total => Basic + Cooperative + Reclaimed;

    public int this[DutyKind kind] => kind switch
    {
        DutyKind.Basic => Basic,
        DutyKind.Cooperative => Cooperative,
        _ => Reclaimed,
    };
}

/// <summary>A duty with everything a reader needs, in plain text.</summary>
public sealed record DutyView
{
    public required int Id { get; init; }
    public required int TownshipId { get; init; }
    public required string TownshipName { get; init; }
    public required int RevisionId { get; init; }
    public required DutyKind Kind { get; init; }
    public required int Number { get; init; }
    public required string Category { get; init; }
    public string? CategoryAsWritten { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<DepartmentRef> Departments { get; init; } = [];
    public string? OtherDepartments { get; init; }
    public IReadOnlyList<ResponsibilityItem> DepartmentResponsibilities { get; init; } = [];
    public IReadOnlyList<ResponsibilityItem> TownshipResponsibilities { get; init; } = [];
    public IReadOnlyList<ResponsibilityItem> Support { get; init; } = [];
    public IReadOnlyList<TakeoverView> Takeovers { get; init; } = [];
    public string? TakeoverText { get; init; }
    public bool Discontinued { get; init; }
    public double Confidence { get; init; } = 1.0;
    public string? ReviewReason { get; init; }
    public string? SourceText { get; init; }
    public int SourceLine { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>A department as a duty names it.</summary>
public sealed record DepartmentRef(int Id, string Name);

/// <summary>Who took over a reclaimed duty, and how.</summary>
public sealed record TakeoverView(DepartmentRef? Department, string Method);

/// <summary>A department with its aliases and how many current duties it leads or took over.</summary>
public sealed record DepartmentSummary(int Id, string County, string Name, IReadOnlyList<string> Aliases, int CooperativeCount, int ReclaimedCount);

/// <summary>Filters over a township's current duties; null means "any".</summary>
public sealed record DutyFilter
{
    public DutyKind? Kind { get; init; }

    /// <summary>Canonical category names; a duty matches any of them.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Department ids; a duty matches any of them (as leading or taking-over department).</summary>
    public IReadOnlyList<int> DepartmentIds { get; init; } = [];

    /// <summary>One stored revision, current or not; null means the townships' current revisions.</summary>
    public int? RevisionId { get; init; }

    /// <summary>Township ids; empty means every township.</summary>
    public IReadOnlyList<int> TownshipIds { get; init; } = [];

    /// <summary>Restricts the result to these duties; null means no restriction.</summary>
    public IReadOnlyList<int>? DutyIds { get; init; }

    /// <summary>Free text; words separated by spaces must all occur.</summary>
    public string? Text { get; init; }

    /// <summary>
    /// The words of <paramref name="text"/>: whitespace and control characters separate them, so that a NUL (which
    /// PostgreSQL refuses in a text value) or a pasted tab never reaches a query.
    /// </summary>
    public static IReadOnlyList<string> Words(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : string.Create(text.Length, text, (chars, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    chars[i] = char.IsControl(source[i]) || char.IsWhiteSpace(source[i]) ? ' ' : source[i];
                }
            }).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

internal static class ResponsibilityMapping
{
    public static IReadOnlyList<ResponsibilityItem> Part(IEnumerable<ResponsibilityEntry> entries, ResponsibilityPart part) =>
        [.. entries.Where(e => e.Part == part).OrderBy(e => e.Order).Select(e => new ResponsibilityItem(e.Number, e.Text, e.IsHeading))];
}

/// <summary>A duty of another township that resembles a given one.</summary>
public sealed record SimilarDuty(int Id, string Township, int Number, string Name, double Similarity);

/// <summary>A revision's introduction (说明) and its import warnings.</summary>
public sealed record RevisionNotes(string? Introduction, IReadOnlyList<string> Warnings);

/// <summary>An outdated duty's revision number and the id of the same duty in the current list, if there is one.</summary>
public sealed record DutySuccessor(int RevisionNumber, int? CurrentDutyId);
