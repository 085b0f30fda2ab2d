using System.Text.RegularExpressions;
using DutyLists.Import.Model;

namespace DutyLists.Import.Cells;

/// <summary>
/// Reads a duty cell (上级部门职责 / 乡镇配合职责) into ordered entries, whatever its encoding: HTML paragraphs,
/// unclosed <c>&lt;ol&gt;</c>/<c>&lt;ul&gt;</c> lists without <c>&lt;li&gt;</c>, or plain text with inline numbering.
/// </summary>
public static partial class ResponsibilityText
{
    /// <summary>Parses a cell into entries; sub-headings (<c>一、</c>) and department labels come out with <c>IsHeading</c>.</summary>
    public static IReadOnlyList<ResponsibilityItem> Parse(string cell) => Read(HtmlBlocks.Read(cell), splitSentences: true);

    /// <summary>
    /// Parses one paragraph of plain text, as <see cref="Parse"/> reads a <c>&lt;p&gt;</c> holding it, without an HTML
    /// parser: a duty sheet has a line per paragraph, hundreds in a document. A sheet line is an entry as it was
    /// written out, so it is not split at sentence ends: an entry of two sentences stays one on a round trip.
    /// </summary>
    public static IReadOnlyList<ResponsibilityItem> ParseParagraph(string text)
    {
        var collapsed = CellText.Collapse(text);
        return Read(collapsed.Length == 0 ? [] : [new TextBlock(BlockKind.Paragraph, collapsed)], splitSentences: false);
    }

    private static List<ResponsibilityItem> Read(IReadOnlyList<TextBlock> blocks, bool splitSentences)
    {
        var items = new List<ResponsibilityItem>();
        foreach (var block in blocks)
        {
            foreach (var segment in Segments(block, splitSentences))
            {
                items.AddRange(ReadSegment(segment));
            }
        }

        return MarkChineseNumeralHeadings(items);
    }

    /// <summary>
    /// Splits a block where a new entry starts: before a marker, a department label or 履职保障, and in a document's
    /// cell text at a space after a sentence end.
    /// </summary>
    private static List<string> Segments(TextBlock block, bool splitSentences)
    {
        // 001 #71 ends "…并做好清退工作。 。": a stray full stop after the real one is dropped.
        var text = StrayPunctuation().Replace(block.Text, string.Empty);
        var parts = EntryStart().Split(text).Where(s => s.Length > 0).ToList();

        // List text without a marker is a run of unnumbered entries separated only by spaces (003 #16, 001 #87). A
        // paragraph reads the same way: Chinese text puts no space after 。 or ；, so one there separates entries, and
        // Word and PDF renderings of such a list (whose tags a layout drops) show it as one paragraph (import-formats.md §7).
        if (block.Kind == BlockKind.ListEntries || splitSentences)
        {
            parts = [.. parts.SelectMany(p => Marker().IsMatch(p) ? [p] : SentenceEnd().Split(p))];
        }

        // 001 #80 names a department without a colon before its part: "县委宣传部 1.按要求… 县文化体育广播电视台和旅游局 指导…".
        return [.. parts.SelectMany(SplitBareLabel).Where(s => !CellText.IsPunctuationOnly(s))];
    }

    private static IEnumerable<string> SplitBareLabel(string segment)
    {
        var cuts = BareLabelInside().Matches(segment)
            .Where(m => DepartmentName.IsPrefixedDepartment(m.Value))
            .Select(m => m.Index)
            .Prepend(0)
            .Append(segment.Length)
            .ToList();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var piece = segment[cuts[i]..cuts[i + 1]].Trim();
            var space = piece.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && DepartmentName.IsPrefixedDepartment(piece[..space]))
            {
                yield return piece[..space];
                yield return piece[(space + 1)..];
            }
            else
            {
                yield return piece;
            }
        }
    }

    private static IEnumerable<ResponsibilityItem> ReadSegment(string segment)
    {
        if (DepartmentName.LeadingLabel(segment) is var (name, rest))
        {
            yield return new ResponsibilityItem(null, name, IsHeading: true);
            if (rest.Length > 0)
            {
                yield return Entry(rest);
            }

            yield break;
        }

        // A department named alone, without a colon: <p>县应急管理局</p> (001 #87) or "县委宣传部 1.…" (001 #80).
        if (DepartmentName.IsPrefixedDepartment(segment))
        {
            yield return new ResponsibilityItem(null, segment, IsHeading: true);
            yield break;
        }

        yield return Entry(segment);
    }

    /// <summary>Whether a text starts with an entry marker: <c>1.</c>, <c>2、</c>, <c>（3）</c>, <c>一、</c>.</summary>
    public static bool StartsWithMarker(string text) => Marker().IsMatch(text);

    /// <summary>One entry's text as an item, its marker (if any) split off into <c>Number</c>.</summary>
    public static ResponsibilityItem Entry(string segment)
    {
        var marker = Marker().Match(segment);
        return marker.Success
            ? new ResponsibilityItem(marker.Groups["marker"].Value, segment[marker.Length..].Trim())
            : new ResponsibilityItem(null, segment);
    }

    /// <summary>
    /// <c>一、</c> entries are sub-headings when Arabic-numbered steps follow them (000 #45 <c>&lt;p&gt;一、家养动物（宠物）的管理&lt;/p&gt;</c>);
    /// on their own they are ordinary entries.
    /// </summary>
    private static List<ResponsibilityItem> MarkChineseNumeralHeadings(List<ResponsibilityItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var number = items[i].Number;
            if (number is not null && ChineseNumeral().IsMatch(number)
                && items.Skip(i + 1).Any(n => n.Number is not null && !ChineseNumeral().IsMatch(n.Number)))
            {
                items[i] = items[i] with { IsHeading = true };
            }
        }

        return items;
    }

    private const string MarkerText = @"(?:\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、|[（(]\d{1,2}[）)])";

    [GeneratedRegex($@"^(?<marker>{MarkerText})\s*")]
    private static partial Regex Marker();

    [GeneratedRegex($@"\s+(?={MarkerText}|履职保障[：:])|(?<=\S)\s+(?={DepartmentName.PrefixText}[^\s：:，。；;、“”]{{0,30}}?{DepartmentName.Suffix}{DepartmentName.Alias}[：:])")]
    private static partial Regex EntryStart();

    [GeneratedRegex(@"(?<=[。；;！？])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?<=[。；;]\s)[^\s：:，。；;、“”]{2,30}(?=\s)")]
    private static partial Regex BareLabelInside();

    [GeneratedRegex(@"(?<=[。；;])\s+[。；;]+(?=\s|$)")]
    private static partial Regex StrayPunctuation();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、$")]
    private static partial Regex ChineseNumeral();
}
