using DutyLists.Import.Model;

namespace DutyLists.Import.TableText;

/// <summary>A line that opens one of the three lists, e.g. <c>伊犁州察布查尔县加尕斯台镇基本履职事项清单</c>.</summary>
/// <param name="Kind">Which list it opens.</param>
/// <param name="Prefix">What precedes the list name: prefecture, county and township as the heading writes them.</param>
/// <param name="Declared">The number of items the heading declares (<c>（共108项）</c>), or null.</param>
public sealed record SectionHeading(DutyKind Kind, string Prefix, int? Declared = null)
{
    /// <summary>The three list names, as the documents write them.</summary>
    public static readonly IReadOnlyList<(string Name, DutyKind Kind)> ListNames =
        [.. ListVocabulary.Lists.Select(l => (l.Name, l.Kind))];

    /// <summary>
    /// A heading has no TAB and ends with a list name. TOC lines (<c>1.基本履职事项清单.....⇥1</c>) carry a TAB
    /// and dots, and the title line <c>履职事项清单</c> names no list, so neither is taken for a heading.
    /// </summary>
    public static SectionHeading? TryRead(string line)
    {
        var text = line.Trim();
        if (line.Contains('\t', StringComparison.Ordinal) || text.Contains("...", StringComparison.Ordinal))
        {
            return null;
        }

        return ListVocabulary.ReadHeading(text) is { } heading
            ? new SectionHeading(heading.Kind, heading.Prefix, heading.Declared)
            : null;
    }

    /// <summary>The lists a table of contents line names (<c>2. 配合履职事项清单.....⇥8</c>).</summary>
    public static DutyKind? FromTocLine(string line)
    {
        if (!line.Contains('\t', StringComparison.Ordinal) || !line.Contains("...", StringComparison.Ordinal))
        {
            return null;
        }

        return ListVocabulary.NamedIn(line);
    }
}
