using DutyLists.Data.Queries;
using DutyLists.Data.Revisions;
using DutyLists.Data.Search;
using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Comparison;

/// <summary>
/// Several townships' current lists side by side: counts per list and category, and their duties matched across
/// the townships by the similarity of their normalised names, as groups common to all, common to some, or unique.
/// </summary>
public sealed class TownshipComparison(IDbContextFactory<DutyListsDbContext> contextFactory, DutySearch search)
{
    /// <summary>Names at least this alike (bigram Dice over the normalised name) are the same duty; as in the revision diff.</summary>
    public const double Threshold = 0.6;

    public Task<ComparisonResult> CompareAsync(IReadOnlyList<int> townshipIds, CancellationToken ct = default) =>
        CompareAsync(townshipIds, null, ct);

    /// <summary>
    /// The comparison of the duties <paramref name="filter"/> matches (a list, categories, departments, words), as an
    /// export of a filtered comparison asks for; null compares the whole current lists.
    /// </summary>
    public async Task<ComparisonResult> CompareAsync(IReadOnlyList<int> townshipIds, DutyFilter? filter, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var townships = await db.Townships.AsNoTracking().Where(t => townshipIds.Contains(t.Id))
            .Select(t => new ComparedTownship(t.Id, t.Name, t.County)).ToListAsync(ct);
        townships = [.. townshipIds.Distinct().Select(id => townships.SingleOrDefault(t => t.Id == id)).OfType<ComparedTownship>()];
        var ids = townships.Select(t => t.Id).ToList();
        var duties = await db.Duties.AsNoTracking()
            .Where(d => db.Townships.Any(t => ids.Contains(t.Id) && t.CurrentRevisionId == d.RevisionId))
            .Select(d => new ComparedDuty(d.Id, d.Revision!.TownshipId, d.Kind, d.Number, d.Category!.Name, d.Name, d.NormalizedName))
            .ToListAsync(ct);
        if (filter is not null)
        {
            var matching = (await search.OrderedIdsAsync(db, filter with { TownshipIds = ids, RevisionId = null }, ct)).ToHashSet();
            duties = [.. duties.Where(d => matching.Contains(d.Id))];
        }

        var counts = duties.GroupBy(d => (d.Kind, d.Category))
            .Select(g => new CategoryCounts(g.Key.Kind, g.Key.Category, [.. townships.Select(t => g.Count(d => d.TownshipId == t.Id))]))
            .OrderBy(c => c.Kind).ThenByDescending(c => c.PerTownship.Sum()).ThenBy(c => c.Category, StringComparer.Ordinal)
            .ToList();
        var groups = Enum.GetValues<DutyKind>()
            .Select(kind => duties.Where(d => d.Kind == kind).ToList())
            .Select((ofKind, i) => new KindGroups((DutyKind)i, Match(ofKind, ofKind.Select(d => d.TownshipId).Distinct().Count())))
            .ToList();
        return new ComparisonResult(townships, counts, groups);
    }

    /// <summary>
    /// Pairs duties of different townships best first and joins their groups, but never two groups that share a
    /// township: a group holds at most one duty per township, so similar duties of one list do not chain together.
    /// "All" means all the townships that have this list (003, say, has only the cooperative one).
    /// </summary>
    internal static IReadOnlyList<DutyGroup> Match(IReadOnlyList<ComparedDuty> duties, int townshipCount)
    {
        var profiles = duties.Select(d => new BigramProfile(d.NormalizedName.Length > 0 ? d.NormalizedName : TextNormalization.ForMatching(d.Name))).ToArray();
        var pairs = new List<(double Score, int A, int B)>();
        for (var a = 0; a < duties.Count; a++)
        {
            for (var b = a + 1; b < duties.Count; b++)
            {
                if (duties[a].TownshipId != duties[b].TownshipId && profiles[a].UpperBound(profiles[b]) >= Threshold)
                {
                    var score = profiles[a].Similarity(profiles[b]);
                    if (score >= Threshold)
                    {
                        pairs.Add((score, a, b));
                    }
                }
            }
        }

        var groupOf = Enumerable.Range(0, duties.Count).ToArray();
        var members = Enumerable.Range(0, duties.Count).Select(i => new List<int> { i }).ToArray();
        foreach (var (_, a, b) in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.A).ThenBy(p => p.B))
        {
            int ga = groupOf[a], gb = groupOf[b];
            if (ga == gb || members[ga].Any(x => members[gb].Any(y => duties[x].TownshipId == duties[y].TownshipId)))
            {
                continue;
            }

            foreach (var m in members[gb])
            {
                groupOf[m] = ga;
            }

            members[ga].AddRange(members[gb]);
            members[gb].Clear();
        }

        return
        [
            .. members.Where(m => m.Count > 0)
                .Select(m => new DutyGroup([.. m.Select(i => duties[i]).OrderBy(d => d.TownshipId).ThenBy(d => d.Number)], townshipCount))
                .OrderByDescending(g => g.Duties.Count).ThenBy(g => g.Duties[0].Number),
        ];
    }
}

public sealed record ComparedTownship(int Id, string Name, string? County);

public sealed record ComparedDuty(int Id, int TownshipId, DutyKind Kind, int Number, string Category, string Name, string NormalizedName);

/// <summary>How many duties each township has in one category of one list, in the order of the compared townships.</summary>
public sealed record CategoryCounts(DutyKind Kind, string Category, IReadOnlyList<int> PerTownship);

/// <summary>The same duty in several townships, or a duty only one township has.</summary>
public sealed record DutyGroup(IReadOnlyList<ComparedDuty> Duties, int TownshipCount)
{
    public bool InAll => Duties.Count == TownshipCount;

    public bool Unique => Duties.Count == 1;
}

public sealed record KindGroups(DutyKind Kind, IReadOnlyList<DutyGroup> Groups)
{
    public IEnumerable<DutyGroup> CommonToAll => Groups.Where(g => g.InAll && !g.Unique);

    public IEnumerable<DutyGroup> CommonToSome => Groups.Where(g => !g.InAll && !g.Unique);

    public IEnumerable<DutyGroup> Unique => Groups.Where(g => g.Unique);
}

public sealed record ComparisonResult(IReadOnlyList<ComparedTownship> Townships, IReadOnlyList<CategoryCounts> Counts, IReadOnlyList<KindGroups> Kinds);
