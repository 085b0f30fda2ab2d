using DutyLists.Data.Revisions;
using DutyLists.Import.Model;

namespace DutyLists.Data.Importing;

/// <summary>What importing a document would do, computed without storing anything.</summary>
/// <param name="List">The parsed document.</param>
/// <param name="Base">The township and current revision the diff was computed against; confirming checks it still holds.</param>
/// <param name="Diff">Added, removed and changed duties against the current revision (everything added for a new township).</param>
/// <param name="CurrentRevisionNumber">The number of the current revision, or null for a new township.</param>
/// <param name="SameDocumentAsCurrent">The file is byte for byte the document of the current revision: importing it stores nothing.</param>
public sealed record ImportPreview(ParsedList List, ImportBase Base, RevisionDiff Diff, int? CurrentRevisionNumber, bool SameDocumentAsCurrent)
{
    public bool IsNewTownship => Base.TownshipId is null;
}
