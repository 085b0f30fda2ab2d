using DutyLists.Data.Queries;

namespace DutyLists.Web.Components.Shared;

/// <summary>Reads facet values from the query string of a page; values that are not ids are ignored, not errors.</summary>
public static class FacetKeys
{
    public static IReadOnlyList<int> Ids(string[]? values) =>
        [.. (values ?? []).Select(v => int.TryParse(v, out var id) ? id : 0).Where(id => id > 0)];

    /// <summary>The active values with their labels from the facet; a value the facet no longer lists keeps its key as label.</summary>
    public static IReadOnlyList<FacetValue> Active(string[]? keys, IReadOnlyList<FacetValue> facet) =>
        [.. (keys ?? []).Select(key => facet.FirstOrDefault(f => f.Key == key) ?? new FacetValue(key, key, 0))];
}
