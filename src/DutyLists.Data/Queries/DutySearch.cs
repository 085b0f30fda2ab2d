using DutyLists.Data.Model;
using DutyLists.Data.Search;
using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Queries;

/// <summary>One value of a facet: what to put in the URL, what to show, and how many duties it would leave.</summary>
public sealed record FacetValue(string Key, string Label, int Count);

/// <summary>Counts per kind, category, department and township; each computed with every other active filter applied.</summary>
public sealed record Facets(
    IReadOnlyList<FacetValue> Kinds,
    IReadOnlyList<FacetValue> Categories,
    IReadOnlyList<FacetValue> Departments,
    IReadOnlyList<FacetValue> Townships);

/// <summary>One page of matching duties, the total, and the facets.</summary>
public sealed record DutySearchResult(int Total, int Page, int PageSize, IReadOnlyList<DutyView> Items, Facets Facets)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Filters, counts, sorts and pages the duties of current revisions, across townships or within one.</summary>
public sealed class DutySearch(IDbContextFactory<DutyListsDbContext> contextFactory)
{
    public const int DefaultPageSize = 50;

    public async Task<DutySearchResult> SearchAsync(DutyFilter filter, bool descending = false, int page = 1, int pageSize = DefaultPageSize, CancellationToken ct = default)
    {
        pageSize = Math.Clamp(pageSize, 1, 500);
        await using var db = await contextFactory.CreateDbContextAsync(ct);

        filter = await WithTextResolvedAsync(db, filter, ct);
        var matching = DutyQueries.Filter(db, Base(db, filter), filter);
        var total = await matching.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));

        var ordered = descending
            ? matching.OrderBy(d => d.Revision!.Township!.Name).ThenBy(d => d.Kind).ThenByDescending(d => d.Number)
            : matching.OrderBy(d => d.Revision!.Township!.Name).ThenBy(d => d.Kind).ThenBy(d => d.Number);
        var pageIds = await ordered.Select(d => d.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var views = await DutyQueries.LoadViewsAsync(db, db.Duties.Where(d => pageIds.Contains(d.Id)), ct);
        var position = pageIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var items = views.OrderBy(v => position[v.Id]).ToList();

        return new DutySearchResult(total, page, pageSize, items, await FacetsAsync(db, filter, ct));
    }

    /// <summary>The facet counts alone, as a page shows them beside its results.</summary>
    public async Task<Facets> FacetsAsync(DutyFilter filter, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await FacetsAsync(db, await WithTextResolvedAsync(db, filter, ct), ct);
    }

    private static async Task<Facets> FacetsAsync(DutyListsDbContext db, DutyFilter filter, CancellationToken ct) => new(
        await KindFacetAsync(db, filter with { Kind = null }, ct),
        await CategoryFacetAsync(db, filter with { Categories = [] }, ct),
        await DepartmentFacetAsync(db, filter with { DepartmentIds = [] }, ct),
        await TownshipFacetAsync(db, filter with { TownshipIds = [] }, ct));

    /// <summary>
    /// The ids of every duty the filter matches, in the order the pages list them (township, list, number): what an
    /// export walks through, a batch at a time.
    /// </summary>
    internal static async Task<List<int>> OrderedIdsAsync(DutyListsDbContext db, DutyFilter filter, CancellationToken ct)
    {
        filter = await WithTextResolvedAsync(db, filter, ct);
        return await DutyQueries.Filter(db, Base(db, filter), filter)
            .OrderBy(d => d.Revision!.Township!.Name).ThenBy(d => d.Kind).ThenBy(d => d.Number)
            .Select(d => d.Id).ToListAsync(ct);
    }

    /// <summary>
    /// The text test is the costly part (a substring scan for short words): it runs once, and the filter carries the
    /// matching ids instead, so that the count, the page, every facet and an export work from them.
    /// </summary>
    private static async Task<DutyFilter> WithTextResolvedAsync(DutyListsDbContext db, DutyFilter filter, CancellationToken ct)
    {
        var words = DutyFilter.Words(filter.Text);
        if (words.Count == 0)
        {
            return filter;
        }

        var ids = await TextSearch.Where(db, Base(db, filter), words).Select(d => d.Id).ToListAsync(ct);
        return filter with { Text = null, DutyIds = ids };
    }

    /// <summary>The duties a filter looks at: one stored revision when it names one, else every current revision.</summary>
    private static IQueryable<Duty> Base(DutyListsDbContext db, DutyFilter filter) =>
        filter.RevisionId is int revisionId
            ? db.Duties.Where(d => d.RevisionId == revisionId)
            : db.Duties.Where(d => db.Townships.Any(t => t.CurrentRevisionId == d.RevisionId));

    private static async Task<IReadOnlyList<FacetValue>> KindFacetAsync(DutyListsDbContext db, DutyFilter filter, CancellationToken ct)
    {
        var rows = await DutyQueries.Filter(db, Base(db, filter), filter).GroupBy(d => d.Kind)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return [.. Enum.GetValues<DutyKind>().Select(k => new FacetValue(k.ToString(), k.ToString(), rows.FirstOrDefault(r => r.Key == k)?.Count ?? 0))];
    }

    private static async Task<IReadOnlyList<FacetValue>> CategoryFacetAsync(DutyListsDbContext db, DutyFilter filter, CancellationToken ct)
    {
        var rows = await DutyQueries.Filter(db, Base(db, filter), filter).GroupBy(d => d.Category!.Name)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => new FacetValue(r.Key, r.Key, r.Count))];
    }

    private static async Task<IReadOnlyList<FacetValue>> DepartmentFacetAsync(DutyListsDbContext db, DutyFilter filter, CancellationToken ct)
    {
        var duties = DutyQueries.Filter(db, Base(db, filter), filter).Select(d => d.Id);
        var leading = await db.DutyDepartments.Where(x => duties.Contains(x.DutyId))
            .GroupBy(x => new { x.DepartmentId, x.Department!.Name, x.Department.County })
            .Select(g => new { g.Key.DepartmentId, g.Key.Name, g.Key.County, Count = g.Select(x => x.DutyId).Distinct().Count() }).ToListAsync(ct);
        var takingOver = await db.Takeovers.Where(x => x.DepartmentId != null && duties.Contains(x.DutyId))
            .GroupBy(x => new { DepartmentId = x.DepartmentId!.Value, x.Department!.Name, x.Department.County })
            .Select(g => new { g.Key.DepartmentId, g.Key.Name, g.Key.County, Count = g.Select(x => x.DutyId).Distinct().Count() }).ToListAsync(ct);
        var rows = leading.Concat(takingOver).ToList();
        // Across counties, 县水利局 alone does not say whose: a name with a bare 县/区/市 prefix gets its county.
        var severalCounties = rows.Select(r => r.County).Distinct().Skip(1).Any();
        return [.. rows
            .GroupBy(r => (r.DepartmentId, r.Name, r.County))
            .Select(g => new FacetValue(
                g.Key.DepartmentId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                severalCounties && g.Key.Name.Length > 0 && g.Key.Name[0] is '县' or '区' or '市' ? $"{g.Key.Name}（{g.Key.County}）" : g.Key.Name,
                g.Sum(r => r.Count)))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal)];
    }

    private static async Task<IReadOnlyList<FacetValue>> TownshipFacetAsync(DutyListsDbContext db, DutyFilter filter, CancellationToken ct)
    {
        var rows = await DutyQueries.Filter(db, Base(db, filter), filter)
            .GroupBy(d => new { d.Revision!.TownshipId, d.Revision.Township!.Name })
            .Select(g => new { g.Key.TownshipId, g.Key.Name, Count = g.Count() }).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new FacetValue(r.TownshipId.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Name, r.Count))];
    }
}
