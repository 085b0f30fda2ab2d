namespace DutyLists.Web.Components.Shared;

/// <summary>One bar of a <see cref="BarChart"/>: its label, a value per series, and where the label links.</summary>
public sealed record ChartRow(string Label, IReadOnlyList<int> Values, string? Href = null);
