namespace DutyLists.Data.Revisions;

/// <summary>A comparison reduced to duty numbers, for the command line's JSON.</summary>
public sealed record RevisionDiffSummary(IReadOnlyList<ListDiffSummary> Lists, bool HasChanges);
