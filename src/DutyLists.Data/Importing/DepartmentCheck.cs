using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Importing;

/// <summary>
/// Flags for review the duties that name a department which cannot be matched to the county's departments, before
/// anything is stored: a department of another level than the county's and its prefecture's (000 #112's 市监督管理局
/// in a 县, where neither 县 nor 州 fits), or, once the county has departments on record, a name that is neither one of
/// them nor an alias. The name is kept as written; only the flag is added, with a likely match when there is one.
/// Adding a flag the duty already carries changes nothing, so a list exported and read back is not flagged twice.
/// </summary>
public static class DepartmentCheck
{
    /// <summary>The characters that open a department's name by its administrative level (县委…, 区民政局, 市农牧局).</summary>
    private const string LevelPrefixes = "县区市旗州盟";

    /// <summary>The list with the flags added, and one sentence per department flagged for the preview.</summary>
    public static async Task<(ParsedList List, IReadOnlyList<string> Notices)> FlagAsync(DutyListsDbContext db, ParsedList list, CancellationToken ct)
    {
        var resolver = await DepartmentResolver.LoadAsync(db, list.Township.County, ct);
        return Flag(list, resolver);
    }

    internal static (ParsedList List, IReadOnlyList<string> Notices) Flag(ParsedList list, DepartmentResolver resolver)
    {
        if (list.Township.County is null)
        {
            return (list, []);
        }

        // Names the document itself spells in full count as the county's too: a first document of a county has no register.
        var named = list.Duties.SelectMany(Names).Select(resolver.Canonical).ToHashSet(StringComparer.Ordinal);
        var levels = Levels(list.Township);
        var notices = new List<string>();
        var duties = new List<ParsedDuty>(list.Duties.Count);
        foreach (var duty in list.Duties)
        {
            var reasons = new List<string>();
            foreach (var name in Names(duty).Distinct(StringComparer.Ordinal))
            {
                if (Problem(name, resolver, levels, named) is { } problem && !(duty.ReviewReason ?? "").Contains(problem, StringComparison.Ordinal))
                {
                    reasons.Add(problem);
                    notices.Add($"{KindName(duty.Kind)}第{duty.Number}项：{problem}");
                }
            }

            duties.Add(reasons.Count == 0
                ? duty
                : duty with { ReviewReason = string.Join("；", reasons.Prepend(duty.ReviewReason).Where(r => !string.IsNullOrEmpty(r))) });
        }

        return notices.Count == 0 ? (list, []) : (list with { Duties = duties }, notices);
    }

    private static string? Problem(string name, DepartmentResolver resolver, string levels, HashSet<string> named)
    {
        if (resolver.Known(name) is not null)
        {
            return null;
        }

        var county = resolver.County;
        if (name.Length > 1 && LevelPrefixes.Contains(name[0]) && !levels.Contains(name[0]) && !name.StartsWith(county, StringComparison.Ordinal))
        {
            // 市监督管理局 in a 县: the county's own prefix put in front often names what was meant (县市监督管理局 → 县市场监督管理局).
            var guess = resolver.Canonical(levels[0] + name);
            var likely = guess != levels[0] + name || named.Contains(guess) || resolver.Known(guess) is not null
                ? $"，可能是“{resolver.Known(guess) ?? guess}”"
                : "";
            return $"对应上级部门“{name}”无法对应到{county}的部门（{county}的部门名称以“{levels[0]}”开头）{likely}，请核对";
        }

        // Once the county has a register, a name on none of it is new even if the document spells it: the admin sees it.
        return resolver.HasRegister ? $"对应上级部门“{name}”不是{county}已有的部门或别名，请核对是否写错或为新设部门" : null;
    }

    /// <summary>The level characters the county's departments and its prefecture's may start with; the county's first.</summary>
    private static string Levels(TownshipInfo township)
    {
        var county = township.County!;
        var own = county.Length > 0 && "县区市旗".Contains(county[^1]) ? county[^1] : '县';
        var prefecture = township.Prefecture is { Length: > 0 } p
            ? p.EndsWith("地区", StringComparison.Ordinal) ? "地" : p[^1].ToString()
            : "市州地盟";
        return own + prefecture;
    }

    private static IEnumerable<string> Names(ParsedDuty duty) =>
        duty.Departments.Concat(duty.Takeovers.Select(t => t.Department).OfType<string>()).Where(n => n.Length > 0);

    private static string KindName(DutyKind kind) => Import.Sheets.DutySheetColumns.ListValue(kind);
}
