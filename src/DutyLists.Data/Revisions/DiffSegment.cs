namespace DutyLists.Data.Revisions;

/// <summary>A run of text that is in both versions, only in the new one or only in the old one.</summary>
public sealed record DiffSegment(DiffOperation Operation, string Text);
