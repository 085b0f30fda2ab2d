using System.Text.Json.Serialization;
using DutyLists.Import.Model;

namespace DutyLists.Data.Revisions;

/// <summary>One list's changes by duty number: added (new numbers), removed (old numbers), changed (both).</summary>
public sealed record ListDiffSummary(
    [property: JsonConverter(typeof(JsonStringEnumConverter<DutyKind>))] DutyKind Kind,
    IReadOnlyList<int> Added,
    IReadOnlyList<int> Removed,
    IReadOnlyList<ChangedDutySummary> Changed,
    int Renumbered,
    int Unchanged);
