using System.Text.Json.Serialization;
using DutyLists.Import.Model;

namespace DutyLists.Data.Revisions;

/// <summary>What changed in one list (basic, cooperative or reclaimed) between two revisions.</summary>
public sealed record ListDiff
{
    [JsonConverter(typeof(JsonStringEnumConverter<DutyKind>))]
    public required DutyKind Kind { get; init; }

    /// <summary>Duties only in the new revision, by new number.</summary>
    public IReadOnlyList<DutySnapshot> Added { get; init; } = [];

    /// <summary>Duties only in the old revision, by old number.</summary>
    public IReadOnlyList<DutySnapshot> Removed { get; init; } = [];

    /// <summary>Duties in both whose content changed, by new number.</summary>
    public IReadOnlyList<DutyChange> Changed { get; init; } = [];

    /// <summary>Duties with identical content whose 序号 differs, mostly because others were added or removed before them.</summary>
    public int Renumbered { get; init; }

    /// <summary>
    /// Matched duties whose order relative to the others changed (swapped or moved), i.e. that are not on the
    /// longest run kept in order; an insertion or a deletion alone moves none.
    /// </summary>
    public int Moved { get; init; }

    /// <summary>Duties with identical content, renumbered or not.</summary>
    public int Unchanged { get; init; }

    public bool HasChanges => Added.Count > 0 || Removed.Count > 0 || Changed.Count > 0 || Moved > 0;
}
