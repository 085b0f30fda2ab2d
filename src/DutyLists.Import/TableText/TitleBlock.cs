using System.Text.RegularExpressions;
using DutyLists.Import.Cells;

namespace DutyLists.Import.TableText;

/// <summary>Where the title block of 000/001/004 places the township, as written there.</summary>
public sealed record TitleFacts(string? Region, string? Prefecture, string? County, string? Township, string? Date);

/// <summary>
/// Reads the title block: L3 region and prefecture (<c>新疆维吾尔自治区伊犁哈萨克自治州</c>), L4 county and township
/// (<c>察布查尔锡伯自治县加尕斯台镇</c>), L5 <c>履职事项清单</c>, L7 the date (<c>2025 年 7 月</c>).
/// </summary>
public static partial class TitleBlock
{
    /// <summary>Finds the title lines by the <c>履职事项清单</c> line rather than by line number; all nulls when there is none (003).</summary>
    public static TitleFacts Read(IReadOnlyList<string> lines)
    {
        var title = -1;
        for (var i = 0; i < lines.Count && title < 0; i++)
        {
            if (SectionHeading.TryRead(lines[i]) is not null)
            {
                break;
            }

            if (CellText.RemoveWhitespace(lines[i]) == "履职事项清单")
            {
                title = i;
            }
        }

        if (title < 0)
        {
            return new TitleFacts(null, null, null, null, null);
        }

        var above = lines.Take(title).Where(l => l.Trim().Length > 0).Select(l => l.Trim()).ToList();
        var place = above.Count > 0 ? CountyAndTownship().Match(above[^1]) : Match.Empty;
        var region = above.Count > 1 ? RegionAndPrefecture().Match(above[^2]) : Match.Empty;
        var date = lines.Skip(title + 1).Select(l => DatePattern().Match(l.Trim())).FirstOrDefault(m => m.Success);
        return new TitleFacts(
            region.Success ? region.Groups["region"].Value : null,
            region.Success && region.Groups["prefecture"].Length > 0 ? region.Groups["prefecture"].Value : null,
            place.Success ? place.Groups["county"].Value : null,
            place.Success ? place.Groups["township"].Value : null,
            date?.Value);
    }

    /// <summary>The township at the end of a heading's prefix: <c>伊犁州察布查尔县加尕斯台镇</c> → 加尕斯台镇.</summary>
    public static string? TownshipFromHeading(string prefix)
    {
        var match = TownshipAtEnd().Match(prefix.Trim());
        return match.Success ? match.Value : null;
    }

    /// <summary>乡, 镇, 苏木 or 街道, from the name's ending.</summary>
    public static string? Level(string township) =>
        Levels.FirstOrDefault(level => township.EndsWith(level, StringComparison.Ordinal));

    private static readonly string[] Levels = ["街道", "苏木", "镇", "乡"];

    [GeneratedRegex(@"^(?<region>.+?(?:自治区|省|市))(?<prefecture>.*)$")]
    private static partial Regex RegionAndPrefecture();

    [GeneratedRegex(@"^(?<county>.+?(?:自治县|自治旗|县|区|市|旗))(?<township>.+(?:乡|镇|苏木|街道))$")]
    private static partial Regex CountyAndTownship();

    [GeneratedRegex(@"[^县区市州旗盟]+?(?:乡|镇|苏木|街道)$")]
    private static partial Regex TownshipAtEnd();

    [GeneratedRegex(@"^\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?$")]
    private static partial Regex DatePattern();
}
