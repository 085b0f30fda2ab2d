using DutyLists.Data.Importing;
using DutyLists.Import.Model;

namespace DutyLists.Data.Revisions;

/// <summary>Compares a document about to be imported with its township's current revision, or two stored revisions.</summary>
public sealed class RevisionComparison(DutySnapshotLoader snapshots)
{
    /// <summary>
    /// What importing the document would change; everything is added for a township not yet stored. With
    /// <see cref="ImportScope.ListsInDocument"/> a list the document lacks is carried over, so it shows as unchanged.
    /// </summary>
    public async Task<RevisionDiff> PreviewImportAsync(ParsedList list, ImportScope scope = ImportScope.ListsInDocument, CancellationToken ct = default)
    {
        var current = await snapshots.CurrentRevisionIdAsync(list.Township, ct);
        var old = current is int id ? await snapshots.OfRevisionAsync(id, ct) : [];
        var @new = await snapshots.OfParsedListAsync(list, ct);
        if (scope == ImportScope.ListsInDocument)
        {
            @new = [.. @new.Concat(old.Where(d => !list.Lists.Contains(d.Kind)))];
        }

        return RevisionDiff.Compare(old, @new);
    }

    public async Task<RevisionDiff> CompareRevisionsAsync(int oldRevisionId, int newRevisionId, CancellationToken ct = default) =>
        RevisionDiff.Compare(await snapshots.OfRevisionAsync(oldRevisionId, ct), await snapshots.OfRevisionAsync(newRevisionId, ct));
}
