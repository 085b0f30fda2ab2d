using System.Text.RegularExpressions;

namespace DutyLists.Import.PdfText;

/// <summary>How department (unit) names are built: a place prefix, then the unit, ending in a unit word.</summary>
internal static partial class DepartmentNames
{
    /// <summary>
    /// Last characters of a complete unit name (局, 委员会, 办公室, 馆, 政法委…). A wrapped department cell whose text
    /// does not end in one of these still has a character waiting further down the page (<c>泽普县人力资源和社会保障</c> + <c>局</c>).
    /// </summary>
    private const string UnitEndings = "局部委会室馆院办队所站心府司厅处社团联组";

    public static bool IsComplete(string name) => name.Length > 1 && UnitEndings.Contains(name[^1], StringComparison.Ordinal);

    /// <summary>Splits a department cell on its separators (<c>、</c>, <c>，</c>) into names.</summary>
    // Not Cells.DepartmentCell.Parse: its space splitting, generic tails and inherited prefixes change the 004 PDF fixture's #85.
    public static List<string> Split(string cell) =>
        [.. cell.Split(['、', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>
    /// Place names that open department names in this list, read from the cells themselves: the county most
    /// cells start with (<c>泽普县…</c>) and the prefecture of prefecture units (<c>喀什地区生态环境局泽普县分局</c>).
    /// </summary>
    public static HashSet<string> PlacePrefixes(IEnumerable<string> shortCellTexts, int items)
    {
        var texts = shortCellTexts.ToList();
        var places = new HashSet<string>(StringComparer.Ordinal);
        var county = texts
            .Select(t => CountyAtStart().Match(t))
            .Where(m => m.Success)
            .GroupBy(m => m.Groups[1].Value)
            .OrderByDescending(g => g.Count())
            .FirstOrDefault(g => g.Count() >= Math.Max(3, items / 5));
        if (county is null)
        {
            return places;
        }

        places.Add(county.Key);
        foreach (var prefecture in texts
            .Where(t => t.Contains(county.Key, StringComparison.Ordinal))
            .Select(t => PrefectureAtStart().Match(t))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value))
        {
            places.Add(prefecture);
        }

        return places;
    }

    [GeneratedRegex(@"^(\p{IsCJKUnifiedIdeographs}{2,5}?[县区旗])")]
    private static partial Regex CountyAtStart();

    [GeneratedRegex(@"^(\p{IsCJKUnifiedIdeographs}{2,4}?(?:地区|州|盟))")]
    private static partial Regex PrefectureAtStart();
}
