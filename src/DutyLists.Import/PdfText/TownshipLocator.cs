using System.Text.RegularExpressions;
using DutyLists.Import.Model;

namespace DutyLists.Import.PdfText;

/// <summary>
/// Where the township sits. What the document says wins; the metadata file fills what it leaves out, and a
/// disagreement between the two is reported, never silently resolved in the metadata's favour.
/// </summary>
internal static partial class TownshipLocator
{
    /// <summary>What the text itself states.</summary>
    public sealed record Stated(string? Township, string? County, string? Prefecture, string? Region);

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

    /// <summary>Combines what the text states with the metadata, warning on gaps and disagreements.</summary>
    public static TownshipInfo Resolve(Stated stated, DocumentMetadata? metadata, string file, List<ImportWarning> warnings)
    {
        string? Pick(string? fromText, string? fromMetadata, string what)
        {
            if (fromText is not null && fromMetadata is not null && fromText != fromMetadata)
            {
                warnings.Add(new ImportWarning(file, 0, $"元数据中的{what}“{fromMetadata}”与文档所写“{fromText}”不一致，以文档为准"));
            }

            var value = fromText ?? fromMetadata;
            if (value is null)
            {
                warnings.Add(new ImportWarning(file, 0, $"文档未写明{what}，元数据也未提供"));
            }

            return value;
        }

        var name = Pick(stated.Township, metadata?.Township, "乡镇名称");
        var county = Pick(stated.County, metadata?.County, "所属县（市、区）");
        var prefecture = Pick(stated.Prefecture, metadata?.Prefecture, "所属地（州、市）");
        var region = Pick(stated.Region, metadata?.Region, "所属省（自治区）");
        return new TownshipInfo(name ?? "", LevelOf(name), county, prefecture, region);
    }

    /// <summary>乡, 镇, 街道 or 苏木, from the name's ending.</summary>
    public static string? LevelOf(string? name) => name switch
    {
        null => null,
        _ when name.EndsWith("街道", StringComparison.Ordinal) => "街道",
        _ when name.EndsWith("苏木", StringComparison.Ordinal) => "苏木",
        _ when name.EndsWith('镇') => "镇",
        _ when name.EndsWith('乡') => "乡",
        _ => null,
    };

    [GeneratedRegex(@"^(\p{IsCJKUnifiedIdeographs}{2,8}?(?:镇|乡|街道|苏木))")]
    private static partial Regex TownshipAtStart();

    [GeneratedRegex(@"(?:县|区|市|旗)(\p{IsCJKUnifiedIdeographs}{2,8}(?:镇|乡|街道|苏木))$")]
    private static partial Regex TownshipAtEnd();

    [GeneratedRegex(@"^(\p{IsCJKUnifiedIdeographs}{2,5}?县)")]
    private static partial Regex CountyPrefix();

    [GeneratedRegex(@"^(\p{IsCJKUnifiedIdeographs}{2,4}?(?:地区|州|盟))")]
    private static partial Regex PrefecturePrefix();
}
