namespace DutyLists.Data.Importing;

/// <summary>
/// What a preview was computed against: the township (null when the import would create it) and its current
/// revision. Confirming checks that this is still so, so that a diff the admin approved is the diff stored.
/// </summary>
public sealed record ImportBase(int? TownshipId, int? CurrentRevisionId);
