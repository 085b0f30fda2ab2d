using DutyLists.Import.Model;

namespace DutyLists.Data.Revisions;

/// <summary>
/// What changed between two revisions of a township's lists, list by list. Pure: compares snapshots, whether they
/// come from stored revisions or from a document not yet stored (<see cref="DutySnapshotLoader"/>).
/// </summary>
public sealed record RevisionDiff
{
    /// <summary>One entry per list, basic, cooperative, reclaimed.</summary>
    public required IReadOnlyList<ListDiff> Lists { get; init; }

    public DiffTotals Totals => new(
        Lists.Sum(l => l.Added.Count),
        Lists.Sum(l => l.Removed.Count),
        Lists.Sum(l => l.Changed.Count),
        Lists.Sum(l => l.Renumbered),
        Lists.Sum(l => l.Moved),
        Lists.Sum(l => l.Unchanged));

    public bool HasChanges => Lists.Any(l => l.HasChanges);

    public ListDiff this[DutyKind kind] => Lists.Single(l => l.Kind == kind);

    /// <summary>Compares the duties of two revisions; each side may hold any of the three lists, in any order.</summary>
    public static RevisionDiff Compare(IEnumerable<DutySnapshot> old, IEnumerable<DutySnapshot> @new)
    {
        var oldByKind = old.ToLookup(d => d.Kind);
        var newByKind = @new.ToLookup(d => d.Kind);
        return new RevisionDiff
        {
            Lists = [.. Enum.GetValues<DutyKind>().Select(kind => DutyMatcher.Compare(
                kind,
                [.. oldByKind[kind].OrderBy(d => d.Number)],
                [.. newByKind[kind].OrderBy(d => d.Number)]))],
        };
    }

    /// <summary>Per list, the numbers of the added, removed and changed duties: what a command line prints.</summary>
    public RevisionDiffSummary Summarize() => new(
        [.. Lists.Select(l => new ListDiffSummary(
            l.Kind,
            [.. l.Added.Select(d => d.Number)],
            [.. l.Removed.Select(d => d.Number)],
            [.. l.Changed.Select(c => new ChangedDutySummary(c.Old.Number, c.New.Number, [.. c.Fields.Select(f => f.Field)]))],
            l.Renumbered,
            l.Unchanged))],
        HasChanges);
}
