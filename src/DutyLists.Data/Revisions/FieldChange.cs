namespace DutyLists.Data.Revisions;

/// <summary>
/// One changed field of a duty: its old and new text as displayed (list entries one per line, departments joined
/// by 、) and the segments that say which parts were kept, inserted or deleted. Reading the equal and deleted segments
/// gives the old text, the equal and inserted ones the new text.
/// </summary>
public sealed record FieldChange(DutyField Field, string Old, string New, IReadOnlyList<DiffSegment> Segments);
