using System.Text.RegularExpressions;

namespace DutyLists.Import.PdfText;

/// <summary>
/// Where the township sits, as the PDF text states it when it has no title: the township named in the 说明 or a
/// heading, county and prefecture as the departments spell them. <see cref="Reading.PlaceResolution"/> combines
/// that with the metadata.
/// </summary>
internal static partial class TownshipLocator
{
    /// <summary>
    /// The township named in the preamble or a list heading. The 说明 names it at the start of clauses
    /// (<c>奎依巴格镇按照…</c>, <c>奎依巴格镇是…</c>); the name repeated most often wins over longer
    /// matches such as <c>形成奎依巴格镇</c>.
    /// </summary>
    public static string? TownshipFromText(IEnumerable<string> paragraphs, IEnumerable<string> headingPrefixes)
    {
        foreach (var prefix in headingPrefixes)
        {
            if (TownshipAtEnd().Match(prefix) is { Success: true } m)
            {
                return m.Groups[1].Value;
            }
        }

        var text = string.Concat(paragraphs);
        var candidates = text
            .Split(['，', '。', '、', '；', '：', '（', '）', ',', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Select(clause => TownshipAtStart().Match(clause.Trim()))
            .Where(m => m.Success && !m.Groups[1].Value.EndsWith("乡镇", StringComparison.Ordinal))
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .ToList();
        return candidates
            .OrderByDescending(c => Regex.Count(text, Regex.Escape(c)))
            .ThenBy(c => c.Length)
            .FirstOrDefault();
    }

    /// <summary>
    /// County and prefecture as the department names spell them: nearly every department carries the county
    /// (<c>泽普县委组织部</c>), and prefecture units name both (<c>喀什地区生态环境局泽普县分局</c>).
    /// </summary>
    public static (string? County, string? Prefecture) FromDepartments(IReadOnlyCollection<string> departments)
    {
        var county = departments
            .Select(d => CountyPrefix().Match(d))
            .Where(m => m.Success)
            .GroupBy(m => m.Groups[1].Value)
            .Where(g => g.Count() * 2 >= departments.Count)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();
        var prefecture = county is null
            ? null
            : departments
                .Where(d => d.Contains(county, StringComparison.Ordinal))
                .Select(d => PrefecturePrefix().Match(d))
                .Where(m => m.Success)
                .Select(m => m.Groups[1].Value)
                .FirstOrDefault();
        return (county, prefecture);
    }

    [GeneratedRegex(@"^(\p{IsCJKUnifiedIdeographs}{2,8}?(?:镇|乡|街道|苏木))")]
    private static partial Regex TownshipAtStart();

    [GeneratedRegex(@"(?:县|区|市|旗)(\p{IsCJKUnifiedIdeographs}{2,8}(?:镇|乡|街道|苏木))$")]
    private static partial Regex TownshipAtEnd();

    [GeneratedRegex(@"^(\p{IsCJKUnifiedIdeographs}{2,5}?县)")]
    private static partial Regex CountyPrefix();

    [GeneratedRegex(@"^(\p{IsCJKUnifiedIdeographs}{2,4}?(?:地区|州|盟))")]
    private static partial Regex PrefecturePrefix();
}
