using DutyLists.Data.Revisions;
using DutyLists.Data.Tests.Infrastructure;
using DutyLists.Import.Model;

namespace DutyLists.Data.Tests.Revisions;

/// <summary>Seed lists as snapshots, and the edits an admin's revised document makes to them.</summary>
internal static class Lists
{
    public static List<DutySnapshot> Of(string document) => [.. SeedDocuments.Read(document).Duties.Select(DutySnapshot.AsWritten)];

    public static List<DutySnapshot> Kind(this List<DutySnapshot> duties, DutyKind kind) => [.. duties.Where(d => d.Kind == kind)];

    /// <summary>Numbers each list 1, 2, 3… in the order given, as a revised document would.</summary>
    public static List<DutySnapshot> Renumbered(this IEnumerable<DutySnapshot> duties) =>
        [.. duties.GroupBy(d => d.Kind).SelectMany(g => g.Select((d, i) => d with { Number = i + 1 }))];

    public static List<DutySnapshot> Without(this List<DutySnapshot> duties, DutyKind kind, int number) =>
        duties.Where(d => d.Kind != kind || d.Number != number).Renumbered();

    public static List<DutySnapshot> Replacing(this List<DutySnapshot> duties, DutyKind kind, int number, Func<DutySnapshot, DutySnapshot> change) =>
        [.. duties.Select(d => d.Kind == kind && d.Number == number ? change(d) : d)];

    public static DutySnapshot Find(this List<DutySnapshot> duties, DutyKind kind, int number) =>
        duties.Single(d => d.Kind == kind && d.Number == number);

    /// <summary>The old text a field's segments spell out (kept and deleted parts).</summary>
    public static string OldText(this FieldChange change) =>
        string.Concat(change.Segments.Where(s => s.Operation != DiffOperation.Inserted).Select(s => s.Text));

    /// <summary>The new text a field's segments spell out (kept and inserted parts).</summary>
    public static string NewText(this FieldChange change) =>
        string.Concat(change.Segments.Where(s => s.Operation != DiffOperation.Deleted).Select(s => s.Text));
}
