using DutyLists.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Importing;

/// <summary>
/// Maps department names as a document writes them to one county's <see cref="Department"/>s: by canonical name,
/// by a recorded alias, or by a county-independent naming rule (县残联 → 县残疾人联合会); unknown names become
/// new departments. Every name seen that is not canonical is recorded as an alias.
/// </summary>
internal sealed class DepartmentResolver
{
    /// <summary>County placeholder for a township whose county no document or admin has named.</summary>
    public const string UnknownCounty = "（未知）";

    private readonly DutyListsDbContext _db;
    private readonly string _county;
    private readonly Dictionary<string, Department> _byName;
    private readonly IReadOnlyDictionary<string, string> _rules;

    private DepartmentResolver(DutyListsDbContext db, string county, Dictionary<string, Department> byName, IReadOnlyDictionary<string, string> rules)
    {
        _db = db;
        _county = county;
        _byName = byName;
        _rules = rules;
    }

    public static async Task<DepartmentResolver> LoadAsync(DutyListsDbContext db, string? county, CancellationToken ct)
    {
        county ??= UnknownCounty;
        var departments = await db.Departments.Include(d => d.Aliases).Where(d => d.County == county).ToListAsync(ct);
        var byName = new Dictionary<string, Department>(StringComparer.Ordinal);
        foreach (var department in departments)
        {
            byName[department.Name] = department;
            foreach (var alias in department.Aliases)
            {
                byName.TryAdd(alias.Name, department);
            }
        }

        var rules = await db.DepartmentNameRules.ToDictionaryAsync(r => r.Alias, r => r.Canonical, StringComparer.Ordinal, ct);
        return new DepartmentResolver(db, county, byName, rules);
    }

    /// <summary>The county whose departments these are (<see cref="UnknownCounty"/> when none was named).</summary>
    public string County => _county;

    /// <summary>Whether the county has any department on record before this document.</summary>
    public bool HasRegister => _byName.Count > 0;

    /// <summary>
    /// The register's name for <paramref name="asWritten"/> without creating anything: the department it or an alias
    /// names, or what a naming rule makes of it; null when neither is on record.
    /// </summary>
    public string? Known(string asWritten) =>
        _byName.TryGetValue(asWritten, out var known) ? known.Name
        : ApplyRule(asWritten, _county, _rules) is { } canonical && _byName.TryGetValue(canonical, out var ruled) ? ruled.Name
        : null;

    /// <summary>What a naming rule makes of <paramref name="asWritten"/> (县残联 → 县残疾人联合会), or the name itself.</summary>
    public string Canonical(string asWritten) => ApplyRule(asWritten, _county, _rules) ?? asWritten;

    public Department Resolve(string asWritten)
    {
        if (_byName.TryGetValue(asWritten, out var known))
        {
            return known;
        }

        var canonical = ApplyRule(asWritten, _county, _rules) ?? asWritten;
        if (!_byName.TryGetValue(canonical, out var department))
        {
            department = new Department { County = _county, Name = canonical };
            _db.Departments.Add(department);
            _byName[canonical] = department;
        }

        if (canonical != asWritten)
        {
            department.Aliases.Add(new DepartmentAlias { Name = asWritten });
            _byName[asWritten] = department;
        }

        return department;
    }

    /// <summary>
    /// Rules are written with a bare 县 prefix; a name carries its county's own prefix (木垒县…, 区…, 县…).
    /// The prefix is set aside, the rule applied to 县 + the rest, and the prefix put back.
    /// </summary>
    internal static string? ApplyRule(string name, string county, IReadOnlyDictionary<string, string> rules)
    {
        var prefix = CountyPrefix(name, county);
        if (prefix is null)
        {
            return null;
        }

        var key = "县" + name[prefix.Length..];
        return rules.TryGetValue(key, out var canonical) ? prefix + canonical[1..] : null;
    }

    private static string? CountyPrefix(string name, string county)
    {
        if (county.Length > 1 && name.StartsWith(county, StringComparison.Ordinal))
        {
            return county;
        }

        return name.Length > 1 && name[0] is '县' or '区' or '市' ? name[..1] : null;
    }
}
