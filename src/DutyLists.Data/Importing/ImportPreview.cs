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

    /// <summary>
    /// The document as the reader read it, before the preview settled doubts from the current revision and flagged
    /// departments: what to keep for a later preview or the import, which do both again against the township as it is then.
    /// </summary>
    public ParsedList Read { get; init; } = List;

    /// <summary>Whether lists the document lacks are kept (the default) or emptied; confirming must use the same.</summary>
    public ImportScope Scope { get; init; } = ImportScope.ListsInDocument;

    /// <summary>Which lists the import revises, keeps unchanged or empties.</summary>
    public ListCoverage Coverage { get; init; } = new() { Revised = [] };

    /// <summary>
    /// Sentences the admin must read before confirming (簡体中文, plain text): which lists stay as they are or are
    /// emptied, departments that match none of the county's. Shown above the diff.
    /// </summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}
