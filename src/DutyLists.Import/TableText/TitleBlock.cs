using System.Text.RegularExpressions;
using DutyLists.Import.Cells;
using DutyLists.Import.Model;

namespace DutyLists.Import.TableText;

/// <summary>Where the title block of 000/001/004 places the township, as written there.</summary>
public sealed record TitleFacts(string? Region, string? Prefecture, string? County, string? Township, string? Date);

/// <summary>
/// Reads the title block: L3 region and prefecture (<c>新疆维吾尔自治区伊犁哈萨克自治州</c>), L4 county and township
/// (<c>察布查尔锡伯自治县加尕斯台镇</c>), L5 <c>履职事项清单</c>, L7 the date (<c>2025 年 7 月</c>).
/// </summary>
public static partial class TitleBlock
{
    /// <summary>
    /// Finds the title by its <c>履职事项清单</c> line rather than by line number, and reads the place from the lines
    /// above it and from what precedes <c>履职事项清单</c> on that line, however the levels are spread over them
    /// (<c>新疆维吾尔自治区昌吉回族自治州</c> / <c>吉木萨尔县三台镇</c> / <c>履职事项清单</c>, or
    /// <c>昌吉回族自治州吉木萨尔县三台镇 履职事项清单</c>). All nulls when there is no title (003).
    /// </summary>
    public static TitleFacts Read(IReadOnlyList<string> lines, IReadOnlyCollection<string>? knownTownships = null)
    {
        var title = -1;
        var prefix = "";
        for (var i = 0; i < lines.Count && title < 0; i++)
        {
            if (SectionHeading.TryRead(lines[i]) is not null)
            {
                break;
            }

            // The title is 履职事项清单 alone or after a place; a sentence ending so (形成…履职事项清单) is not.
            var text = CellText.RemoveWhitespace(lines[i]);
            if (!lines[i].Contains('\t', StringComparison.Ordinal) && text.EndsWith(ListVocabulary.DocumentTitle, StringComparison.Ordinal))
            {
                var before = text[..^ListVocabulary.DocumentTitle.Length];
                if (before.Length == 0 || PlaceName.Split(before, knownTownships) is not null)
                {
                    title = i;
                    prefix = before;
                }
            }
        }

        if (title < 0)
        {
            return new TitleFacts(null, null, null, null, null);
        }

        // The place lines directly above the title, nearest first, as long as each reads as a place.
        var above = new List<string>();
        for (var i = title - 1; i >= 0 && above.Count < 3; i--)
        {
            var text = CellText.RemoveWhitespace(lines[i]);
            if (text.Length == 0)
            {
                continue;
            }

            if (PlaceName.Split(text, knownTownships) is null)
            {
                break;
            }

            above.Insert(0, text);
        }

        var place = PlaceName.Split(string.Concat(above) + prefix, knownTownships);
        var date = lines.Skip(title + 1).Select(l => DatePattern().Match(l.Trim())).FirstOrDefault(m => m.Success);
        return new TitleFacts(place?.Region, place?.Prefecture, place?.County, place?.Township, date?.Value);
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

    [GeneratedRegex(@"[^县区市州旗盟]+?(?:乡|镇|苏木|街道)$")]
    private static partial Regex TownshipAtEnd();

    [GeneratedRegex(@"^\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?$")]
    private static partial Regex DatePattern();
}
