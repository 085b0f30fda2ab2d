namespace DutyLists.Data.Importing;

/// <summary>What an import did: stored a new current revision, or found the same document already current.</summary>
/// <param name="TownshipId">The township the document belongs to.</param>
/// <param name="RevisionId">The stored revision (the existing one when <paramref name="Unchanged"/>).</param>
/// <param name="RevisionNumber">1, 2, 3… per township.</param>
/// <param name="Unchanged">The document's SHA-256 equals the current revision's: nothing was stored.</param>
public sealed record ImportOutcome(int TownshipId, int RevisionId, int RevisionNumber, bool Unchanged);
