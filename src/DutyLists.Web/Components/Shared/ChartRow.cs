namespace DutyLists.Web.Components.Shared;

/// <summary>
/// One bar of a <see cref="BarChart"/>: its label, a value per series, where the label links, and a note shown beside
/// the label (a department's county, say).
/// </summary>
public sealed record ChartRow(string Label, IReadOnlyList<int> Values, string? Href = null, string? Note = null);
