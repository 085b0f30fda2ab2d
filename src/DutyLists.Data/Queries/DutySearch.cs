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

/// <summary>
/// Filters, counts, sorts and pages duties, across townships or within one. The current duties of every township
/// are matched in memory (<see cref="CurrentDuties"/>) after the text test, so that the count, the page and all four
/// facets take one pass instead of a query each: over a province for a search, over one list for a township's page.
/// An older revision is read with SQL through the index on its revision.
/// </summary>
public sealed class DutySearch(IDbContextFactory<DutyListsDbContext> contextFactory, CurrentDuties? currentDuties = null)
{
    public const int DefaultPageSize = 50;

    private readonly CurrentDuties _current = currentDuties ?? new CurrentDuties(contextFactory);

    public async Task<DutySearchResult> SearchAsync(DutyFilter filter, bool descending = false, int page = 1, int pageSize = DefaultPageSize, CancellationToken ct = default)
    {
        pageSize = Math.Clamp(pageSize, 1, 500);
        await using var db = await contextFactory.CreateDbContextAsync(ct);

        List<int> pageIds;
        int total;
        Facets facets;
        if (await MatchInMemoryAsync(db, filter, ct) is var (snapshot, matches))
        {
            var positions = descending ? NumbersDescending(snapshot, matches.Positions) : matches.Positions;
            total = positions.Count;
            page = ClampPage(page, total, pageSize);
            pageIds = [.. positions.Skip((page - 1) * pageSize).Take(pageSize).Select(p => snapshot.Rows[p].Id)];
            facets = matches.Facets;
        }
        else
        {
            filter = await WithTextResolvedAsync(db, filter, ct);
            var matching = DutyQueries.Filter(db, Base(db, filter), filter);
            total = await matching.CountAsync(ct);
            page = ClampPage(page, total, pageSize);
            var ordered = descending
                ? matching.OrderBy(d => d.Kind).ThenByDescending(d => d.Number)
                : matching.OrderBy(d => d.Kind).ThenBy(d => d.Number);
            pageIds = await ordered.Select(d => d.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
            facets = await FacetsAsync(db, filter, ct);
        }

        var views = await DutyQueries.LoadViewsAsync(db, db.Duties.Where(d => pageIds.Contains(d.Id)), ct);
        var position = pageIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var items = views.OrderBy(v => position[v.Id]).ToList();
        return new DutySearchResult(total, page, pageSize, items, facets);
    }

    /// <summary>The facet counts alone, as a page shows them beside its results.</summary>
    public async Task<Facets> FacetsAsync(DutyFilter filter, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await MatchInMemoryAsync(db, filter, ct) is var (_, matches)
            ? matches.Facets
            : await FacetsAsync(db, await WithTextResolvedAsync(db, filter, ct), ct);
    }

    /// <summary>
    /// The ids of every duty the filter matches, in the order the pages list them (township, list, number): what an
    /// export walks through, a batch at a time.
    /// </summary>
    internal async Task<List<int>> OrderedIdsAsync(DutyListsDbContext db, DutyFilter filter, CancellationToken ct)
    {
        if (await MatchInMemoryAsync(db, filter, ct) is var (snapshot, matches))
        {
            return [.. matches.Positions.Select(p => snapshot.Rows[p].Id)];
        }

        filter = await WithTextResolvedAsync(db, filter, ct);
        return await DutyQueries.Filter(db, Base(db, filter), filter)
            .OrderBy(d => d.Kind).ThenBy(d => d.Number)
            .Select(d => d.Id).ToListAsync(ct);
    }

    /// <summary>
    /// Matches the filter against the current duties in memory: across townships, or within one township when the
    /// revision it names is that township's current one, the page most asked for. Null for an older revision, which is
    /// read with SQL, and for a township's page while the current duties load.
    /// </summary>
    private async Task<(CurrentDuties.Snapshot Snapshot, CurrentDuties.Matches Matches)?> MatchInMemoryAsync(DutyListsDbContext db, DutyFilter filter, CancellationToken ct)
    {
        if (filter.RevisionId is not int revisionId)
        {
            var snapshot = await _current.GetAsync(db, ct);
            var words = DutyFilter.Words(filter.Text);
            var text = words.Count == 0 ? null : await snapshot.TextMatchesAsync(words, () => TextSearch.MatchingIdsAsync(db, words, ct));
            return (snapshot, snapshot.Match(filter, text));
        }

        // A township's page can be read with SQL as well, so it does not wait while the current duties (re)load.
        if (await _current.GetIfLoadedAsync(db, ct) is not { } loaded || loaded.TownshipOfCurrent(revisionId) is not int townshipId ||
            filter.TownshipIds.Count > 0 && !filter.TownshipIds.Contains(townshipId))
        {
            return null;
        }

        // One list's words are tested in SQL by the revision's index: a township's search rarely repeats, and the
        // matches of a word across every township would cost more than the list holds.
        var resolved = await WithTextResolvedAsync(db, filter, ct);
        return (loaded, loaded.Match(resolved with { RevisionId = null, TownshipIds = [townshipId] }, null, withinTownships: true));
    }

    private static async Task<Facets> FacetsAsync(DutyListsDbContext db, DutyFilter filter, CancellationToken ct) => new(
        await KindFacetAsync(db, filter with { Kind = null }, ct),
        await CategoryFacetAsync(db, filter with { Categories = [] }, ct),
        await DepartmentFacetAsync(db, filter with { DepartmentIds = [] }, ct),
        await TownshipFacetAsync(db, filter with { TownshipIds = [] }, ct));

    private static int ClampPage(int page, int total, int pageSize) => Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));

    /// <summary>The positions (in list order) with each township's list read from its last number to its first.</summary>
    private static List<int> NumbersDescending(CurrentDuties.Snapshot snapshot, List<int> positions)
    {
        var result = new List<int>(positions.Count);
        for (var start = 0; start < positions.Count;)
        {
            var first = snapshot.Rows[positions[start]];
            var end = start;
            while (end < positions.Count && snapshot.Rows[positions[end]] is var row && row.TownshipId == first.TownshipId && row.Kind == first.Kind)
            {
                end++;
            }

            for (var i = end - 1; i >= start; i--)
            {
                result.Add(positions[i]);
            }

            start = end;
        }

        return result;
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

    /// <summary>The duties of the one stored revision a filter names.</summary>
    private static IQueryable<Duty> Base(DutyListsDbContext db, DutyFilter filter) =>
        db.Duties.Where(d => d.RevisionId == filter.RevisionId);

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
        // Only cooperative duties have leading departments and only reclaimed ones takeovers: a list of one kind asks one.
        var duties = DutyQueries.Filter(db, Base(db, filter), filter).Select(d => d.Id);
        var leading = filter.Kind is null or DutyKind.Cooperative
            ? await db.DutyDepartments.Where(x => duties.Contains(x.DutyId))
                .GroupBy(x => new { x.DepartmentId, x.Department!.Name, x.Department.County })
                .Select(g => new { g.Key.DepartmentId, g.Key.Name, g.Key.County, Count = g.Select(x => x.DutyId).Distinct().Count() }).ToListAsync(ct)
            : [];
        var takingOver = filter.Kind is null or DutyKind.Reclaimed
            ? await db.Takeovers.Where(x => x.DepartmentId != null && duties.Contains(x.DutyId))
                .GroupBy(x => new { DepartmentId = x.DepartmentId!.Value, x.Department!.Name, x.Department.County })
                .Select(g => new { g.Key.DepartmentId, g.Key.Name, g.Key.County, Count = g.Select(x => x.DutyId).Distinct().Count() }).ToListAsync(ct)
            : [];
        var rows = leading.Concat(takingOver).ToList();
        var severalCounties = rows.Select(r => r.County).Distinct().Skip(1).Any();
        return [.. rows
            .GroupBy(r => (r.DepartmentId, r.Name, r.County))
            .Select(g => new FacetValue(
                g.Key.DepartmentId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                CurrentDuties.DepartmentLabel((g.Key.Name, g.Key.County), severalCounties),
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
