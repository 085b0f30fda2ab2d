namespace DutyLists.Data.Revisions;

/// <summary>A changed duty by its old and new number, with the fields that changed.</summary>
public sealed record ChangedDutySummary(int OldNumber, int NewNumber, IReadOnlyList<DutyField> Fields);
