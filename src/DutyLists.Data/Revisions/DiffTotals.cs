namespace DutyLists.Data.Revisions;

/// <summary>Counts over all lists of a comparison.</summary>
public sealed record DiffTotals(int Added, int Removed, int Changed, int Renumbered, int Moved, int Unchanged);
