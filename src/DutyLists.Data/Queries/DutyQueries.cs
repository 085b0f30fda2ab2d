using DutyLists.Data.Model;
using DutyLists.Data.Search;
using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Queries;

/// <summary>Reads duties of current revisions, filtered, in document order.</summary>
public sealed class DutyQueries(IDbContextFactory<DutyListsDbContext> contextFactory)
{
    /// <summary>A township's current duties matching the filter, in document order (basic, cooperative, reclaimed; by number).</summary>
    public async Task<IReadOnlyList<DutyView>> ListForTownshipAsync(int townshipId, DutyFilter filter, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var revisionId = await db.Townships.Where(t => t.Id == townshipId).Select(t => t.CurrentRevisionId).SingleOrDefaultAsync(ct);
        if (revisionId is null)
        {
            return [];
        }

        var query = Filter(db, db.Duties.Where(d => d.RevisionId == revisionId), filter);
        return await LoadViewsAsync(db, query, ct);
    }

    /// <summary>
    /// One page of <see cref="ListForTownshipAsync"/>: the duties from <c>(page - 1) × pageSize</c> in document order, and
    /// how many match in all. Only the page's duties are loaded, so a township of hundreds of thousands of duties
    /// costs a count and one page.
    /// </summary>
    public async Task<DutyListPage> PageForTownshipAsync(int townshipId, DutyFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var revisionId = await db.Townships.Where(t => t.Id == townshipId).Select(t => t.CurrentRevisionId).SingleOrDefaultAsync(ct);
        if (revisionId is null)
        {
            return new DutyListPage(0, []);
        }

        var query = Filter(db, db.Duties.Where(d => d.RevisionId == revisionId), filter);
        var total = await query.CountAsync(ct);
        var skip = (long)(page - 1) * pageSize;
        if (skip >= total)
        {
            return new DutyListPage(total, []);
        }

        var ids = await query.OrderBy(d => d.Kind).ThenBy(d => d.Number).Select(d => d.Id).Skip((int)skip).Take(pageSize).ToListAsync(ct);
        return new DutyListPage(total, await LoadViewsAsync(db, db.Duties.Where(d => ids.Contains(d.Id)), ct));
    }

    /// <summary>
    /// Where an outdated duty now is, or null when its revision is still the township's current one. A correction or a
    /// new import gives every duty a new id, so an old link would show old text: the page says so and links to the
    /// same duty in the current list, found by its list and number and name, else by name, else by number.
    /// </summary>
    public async Task<DutySuccessor?> SuccessorAsync(DutyView duty, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var current = await db.Townships.Where(t => t.Id == duty.TownshipId).Select(t => t.CurrentRevisionId).FirstOrDefaultAsync(ct);
        if (current == duty.RevisionId)
        {
            return null;
        }

        var revisionNumber = await db.Revisions.Where(r => r.Id == duty.RevisionId).Select(r => r.Number).FirstOrDefaultAsync(ct);
        if (current is not int currentId)
        {
            return new DutySuccessor(revisionNumber, null);
        }

        var candidates = await db.Duties.AsNoTracking()
            .Where(d => d.RevisionId == currentId && d.Kind == duty.Kind && (d.Number == duty.Number || d.Name == duty.Name))
            .Select(d => new { d.Id, d.Number, d.Name })
            .ToListAsync(ct);
        var successor = candidates.FirstOrDefault(d => d.Number == duty.Number && d.Name == duty.Name)
            ?? candidates.FirstOrDefault(d => d.Name == duty.Name)
            ?? candidates.FirstOrDefault(d => d.Number == duty.Number);
        return new DutySuccessor(revisionNumber, successor?.Id);
    }

    /// <summary>One duty of any revision, or null.</summary>
    public async Task<DutyView?> FindAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var views = await LoadViewsAsync(db, db.Duties.Where(d => d.Id == id), ct);
        return views.Count == 0 ? null : views[0];
    }

    /// <summary>
    /// The same or a similar duty in other townships' current lists: same kind, names compared after
    /// <see cref="TextNormalization.ForMatching"/> by bigram similarity, best first.
    /// </summary>
    public async Task<IReadOnlyList<SimilarDuty>> SimilarAsync(DutyView duty, double threshold = 0.6, int limit = 10, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var target = TextNormalization.ForMatching(duty.Name);
        var candidates = await db.Duties.AsNoTracking()
            .Where(d => d.Kind == duty.Kind && d.Revision!.TownshipId != duty.TownshipId && db.Townships.Any(t => t.CurrentRevisionId == d.RevisionId))
            .Select(d => new { d.Id, d.Number, d.Name, d.NormalizedName, Township = d.Revision!.Township!.Name })
            .ToListAsync(ct);
        return [.. candidates
            .Select(c => new SimilarDuty(c.Id, c.Township, c.Number, c.Name, TextNormalization.Similarity(target, c.NormalizedName)))
            .Where(s => s.Similarity >= threshold)
            .OrderByDescending(s => s.Similarity).ThenBy(s => s.Township, StringComparer.Ordinal).ThenBy(s => s.Number)
            .Take(limit)];
    }

    /// <summary>Applies the filter in SQL; only the text search (<see cref="TextSearch"/>) depends on the provider.</summary>
    internal static IQueryable<Duty> Filter(DutyListsDbContext db, IQueryable<Duty> duties, DutyFilter filter)
    {
        if (filter.Kind is DutyKind kind)
        {
            duties = duties.Where(d => d.Kind == kind);
        }

        if (filter.Categories.Count > 0)
        {
            var names = filter.Categories.ToList();
            duties = duties.Where(d => names.Contains(d.Category!.Name));
        }

        if (filter.DepartmentIds.Count > 0)
        {
            var ids = filter.DepartmentIds.ToList();
            duties = duties.Where(d =>
                db.DutyDepartments.Any(x => x.DutyId == d.Id && ids.Contains(x.DepartmentId)) ||
                db.Takeovers.Any(x => x.DutyId == d.Id && x.DepartmentId != null && ids.Contains(x.DepartmentId.Value)));
        }

        if (filter.DutyIds is { } dutyIds)
        {
            var list = dutyIds.ToList();
            duties = duties.Where(d => list.Contains(d.Id));
        }

        if (filter.TownshipIds.Count > 0)
        {
            var townships = filter.TownshipIds.ToList();
            duties = duties.Where(d => townships.Contains(d.Revision!.TownshipId));
        }

        return TextSearch.Where(db, duties, DutyFilter.Words(filter.Text));
    }

    internal static async Task<IReadOnlyList<DutyView>> LoadViewsAsync(DutyListsDbContext db, IQueryable<Duty> query, CancellationToken ct)
    {
        var duties = await LoadWithContentAsync(db, query, ct);
        duties.Sort((a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : a.Number.CompareTo(b.Number));

        var warnings = await WarningsByDutyAsync(db, duties, ct);
        return [.. duties.Select(d => ToView(d, warnings.GetValueOrDefault(d.Id, [])))];
    }

    /// <summary>
    /// The duties of <paramref name="query"/>, in its order, untracked, with everything they say: category, revision and
    /// township, departments, responsibility entries and takeovers. Each part is one query by the duties' keys, asked
    /// only of the kinds that have it: EF Core's split includes repeated the duties' query and joins for every part,
    /// four to five times slower for a page of fifty.
    /// </summary>
    internal static async Task<List<Duty>> LoadWithContentAsync(DutyListsDbContext db, IQueryable<Duty> query, CancellationToken ct)
    {
        var duties = await query.AsNoTracking().Include(d => d.Category).ToListAsync(ct);
        var revisionIds = duties.Select(d => d.RevisionId).Distinct().ToList();
        var revisions = await db.Revisions.AsNoTracking().Include(r => r.Township).Where(r => revisionIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        foreach (var duty in duties)
        {
            duty.Revision = revisions[duty.RevisionId];
        }

        var cooperative = duties.OfType<CooperativeDuty>().ToDictionary(d => d.Id);
        if (cooperative.Count > 0)
        {
            var ids = cooperative.Keys.ToList();
            var departments = await db.DutyDepartments.AsNoTracking().Include(x => x.Department).Where(x => ids.Contains(x.DutyId)).ToListAsync(ct);
            departments.ForEach(x => cooperative[x.DutyId].Departments.Add(x));
            var responsibilities = await db.Responsibilities.AsNoTracking().Where(x => ids.Contains(x.DutyId)).ToListAsync(ct);
            responsibilities.ForEach(x => cooperative[x.DutyId].Responsibilities.Add(x));
        }

        var reclaimed = duties.OfType<ReclaimedDuty>().ToDictionary(d => d.Id);
        if (reclaimed.Count > 0)
        {
            var ids = reclaimed.Keys.ToList();
            var takeovers = await db.Takeovers.AsNoTracking().Include(x => x.Department).Where(x => ids.Contains(x.DutyId)).ToListAsync(ct);
            takeovers.ForEach(x => reclaimed[x.DutyId].Takeovers.Add(x));
        }

        return duties;
    }

    /// <summary>
    /// A warning names a line; it belongs to the duty whose rows span that line, i.e. the duty that starts at or
    /// before it and after which no other duty starts before it.
    /// </summary>
    private static async Task<Dictionary<int, List<string>>> WarningsByDutyAsync(DutyListsDbContext db, List<Duty> duties, CancellationToken ct)
    {
        var revisionIds = duties.Select(d => d.RevisionId).Distinct().ToList();
        var warnings = await db.RevisionWarnings.AsNoTracking().Where(w => revisionIds.Contains(w.RevisionId)).ToListAsync(ct);
        var result = new Dictionary<int, List<string>>();
        if (warnings.Count == 0)
        {
            return result;
        }

        var starts = await db.Duties.AsNoTracking().Where(d => revisionIds.Contains(d.RevisionId))
            .Select(d => new { d.Id, d.RevisionId, d.SourceLine }).ToListAsync(ct);
        foreach (var group in warnings.GroupBy(w => w.RevisionId))
        {
            var ordered = starts.Where(s => s.RevisionId == group.Key).OrderBy(s => s.SourceLine).ToList();
            foreach (var warning in group.OrderBy(w => w.Order))
            {
                var owner = ordered.LastOrDefault(s => s.SourceLine <= warning.Line);
                if (owner is not null)
                {
                    (result.TryGetValue(owner.Id, out var list) ? list : result[owner.Id] = []).Add($"第 {warning.Line} 行：{warning.Message}");
                }
            }
        }

        return result;
    }

    private static DutyView ToView(Duty d, IReadOnlyList<string> warnings)
    {
        var view = new DutyView
        {
            Id = d.Id,
            TownshipId = d.Revision!.TownshipId,
            TownshipName = d.Revision.Township!.Name,
            RevisionId = d.RevisionId,
            Kind = d.Kind,
            Number = d.Number,
            Category = d.Category!.Name,
            CategoryAsWritten = d.CategoryAsWritten,
            Name = d.Name,
            Confidence = d.Confidence,
            ReviewReason = d.ReviewReason,
            SourceText = d.SourceText,
            SourceLine = d.SourceLine,
            Warnings = warnings,
        };
        return d switch
        {
            CooperativeDuty c => view with
            {
                Departments = [.. c.Departments.OrderBy(x => x.Order).Select(x => new DepartmentRef(x.DepartmentId, x.Department!.Name))],
                OtherDepartments = c.OtherDepartments,
                DepartmentResponsibilities = ResponsibilityMapping.Part(c.Responsibilities, ResponsibilityPart.Department),
                TownshipResponsibilities = ResponsibilityMapping.Part(c.Responsibilities, ResponsibilityPart.Township),
                Support = ResponsibilityMapping.Part(c.Responsibilities, ResponsibilityPart.Support),
            },
            ReclaimedDuty r => view with
            {
                Takeovers = [.. r.Takeovers.OrderBy(x => x.Order).Select(x => new TakeoverView(
                    x.Department is null ? null : new DepartmentRef(x.Department.Id, x.Department.Name), x.Method))],
                TakeoverText = r.TakeoverText,
                Discontinued = r.Discontinued,
            },
            _ => view,
        };
    }
}

/// <summary>A page of a township's duties and the number that match in all.</summary>
public sealed record DutyListPage(int Total, IReadOnlyList<DutyView> Duties);
