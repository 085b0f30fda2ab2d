namespace DutyLists.Data.Revisions;

/// <summary>A duty found in both revisions whose content changed.</summary>
/// <param name="Old">The duty as it was.</param>
/// <param name="New">The duty as it is now.</param>
/// <param name="Similarity">How alike the two are by the matching rule, 0..1.</param>
/// <param name="Fields">The fields that changed, in <see cref="DutyField"/> order.</param>
public sealed record DutyChange(DutySnapshot Old, DutySnapshot New, double Similarity, IReadOnlyList<FieldChange> Fields)
{
    /// <summary>Whether the duty also has another 序号.</summary>
    public bool NumberChanged => Old.Number != New.Number;
}
