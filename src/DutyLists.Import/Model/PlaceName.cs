using System.Text.RegularExpressions;

namespace DutyLists.Import.Model;

/// <summary>A place as a title writes it, split into its administrative levels; parts the text does not name are null.</summary>
/// <param name="Region">Province level: 新疆维吾尔自治区.</param>
/// <param name="Prefecture">Prefecture level: 昌吉回族自治州, 喀什地区, 包头市.</param>
/// <param name="County">County level: 吉木萨尔县, 察布查尔锡伯自治县, 昆都仑区.</param>
/// <param name="Township">The township: 三台镇, 大石头乡, 某某街道, 某某苏木.</param>
public sealed partial record PlaceName(string? Region, string? Prefecture, string? County, string? Township)
{
    private static readonly string[] TownshipEndings = ["街道", "苏木", "镇", "乡"];

    /// <summary>
    /// Splits text that runs the levels together, e.g. <c>昌吉回族自治州吉木萨尔县三台镇</c> → prefecture 昌吉回族自治州,
    /// county 吉木萨尔县, township 三台镇. The township is the known township the text ends with, else the part after
    /// the last administrative unit ending in 乡/镇/苏木/街道; the units before it are read by the words that end
    /// them (自治区/省 region; 自治州/州/地区/盟 prefecture; 县/旗/区 county; 市 prefecture when a county follows,
    /// else county). Null when the text is not a run of such units.
    /// </summary>
    public static PlaceName? Split(string text, IReadOnlyCollection<string>? knownTownships = null)
    {
        var rest = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        if (rest.Length == 0)
        {
            return null;
        }

        string? township = knownTownships?.Where(t => t.Length > 0 && rest.EndsWith(t, StringComparison.Ordinal)).MaxBy(t => t.Length);
        var units = new List<string>();
        var position = 0;
        while (position < rest.Length)
        {
            if (township is not null && position == rest.Length - township.Length)
            {
                break;
            }

            var match = Unit().Match(rest, position);
            if (!match.Success || match.Index != position)
            {
                break;
            }

            units.Add(match.Value);
            position += match.Length;
        }

        var tail = rest[position..];
        if (township is null)
        {
            if (tail.Length > 0 && !TownshipEndings.Any(e => tail.EndsWith(e, StringComparison.Ordinal) && tail.Length > e.Length))
            {
                return null;
            }

            township = tail.Length > 0 ? tail : null;
        }
        else if (tail != township)
        {
            return null;
        }

        return Assign(units, township);
    }

    private static PlaceName? Assign(List<string> units, string? township)
    {
        string? region = null, prefecture = null, county = null;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var last = i == units.Count - 1;
            if ((unit.EndsWith("自治区", StringComparison.Ordinal) || unit.EndsWith('省')) && region is null && prefecture is null && county is null)
            {
                region = unit;
            }
            else if ((unit.EndsWith('州') || unit.EndsWith("地区", StringComparison.Ordinal) || unit.EndsWith('盟') || (unit.EndsWith('市') && !last))
                && prefecture is null && county is null)
            {
                prefecture = unit;
            }
            else if (county is null && last)
            {
                county = unit;
            }
            else
            {
                return null;
            }
        }

        return region is null && prefecture is null && county is null && township is null ? null : new PlaceName(region, prefecture, county, township);
    }

    // At least two characters before the unit word, so that 兰州市 is one unit, not 兰州 + 市.
    [GeneratedRegex(@"\G\p{IsCJKUnifiedIdeographs}{2,}?(?:自治区|自治州|自治县|自治旗|地区|省|州|盟|市|县|旗|区)")]
    private static partial Regex Unit();
}
