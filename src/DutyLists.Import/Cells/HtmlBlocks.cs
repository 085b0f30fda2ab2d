using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DutyLists.Import.Reading;

namespace DutyLists.Import.Cells;

/// <summary>How a run of cell text was laid out in the source.</summary>
public enum BlockKind
{
    /// <summary>Text outside any HTML element.</summary>
    Plain,

    /// <summary>The text of one <c>&lt;p&gt;</c>.</summary>
    Paragraph,

    /// <summary>Text directly inside an <c>&lt;ol&gt;</c>/<c>&lt;ul&gt;</c>: entries separated only by spaces, since the documents have no <c>&lt;li&gt;</c>.</summary>
    ListEntries,
}

/// <summary>A run of cell text, with its whitespace collapsed and no markup left.</summary>
public sealed record TextBlock(BlockKind Kind, string Text);

/// <summary>Turns a cell that may hold HTML fragments into plain text blocks.</summary>
public static partial class HtmlBlocks
{
    /// <summary>
    /// Whether the cell holds real markup. Only then is it parsed as HTML: a literal <c>&lt;规定&gt;</c> in plain text
    /// must stay text (002 item 86), and the HTML tokenizer keeps <c>&lt;</c> before a non-ASCII letter as text too.
    /// </summary>
    public static bool HasMarkup(string cell) => Tag().IsMatch(cell);

    /// <summary>Splits a cell into blocks: one per paragraph, one per run of list text, one per run of plain text.</summary>
    public static IReadOnlyList<TextBlock> Read(string cell)
    {
        if (!HasMarkup(cell))
        {
            var plain = CellText.Collapse(cell);
            return plain.Length == 0 ? [] : [new TextBlock(BlockKind.Plain, plain)];
        }

        // The readers refuse such cells first (CellLimits); should one reach here another way, its tags are dropped
        // rather than built into a tree whose cost grows with the square of its depth.
        var (tags, depth) = Measure(cell, ImportLimits.Default.MaxCellTags);
        if (tags > ImportLimits.Default.MaxCellTags || depth > ImportLimits.Default.MaxCellNesting)
        {
            var stripped = CellText.Collapse(Tag().Replace(cell, " "));
            return stripped.Length == 0 ? [] : [new TextBlock(BlockKind.Plain, stripped)];
        }

        // A parser per call: cells are parsed from parallel imports and tests, and a parser is cheap next to a document.
        var parser = new HtmlParser();
        var nodes = parser.ParseFragment(cell, parser.ParseDocument(string.Empty).Body!);
        var blocks = new List<TextBlock>();
        Walk(nodes, BlockKind.Plain, blocks);
        return blocks;
    }

    /// <summary>
    /// The tags of a cell's markup and how deep its elements nest, counting an unclosed tag as open (as a browser
    /// does for <c>&lt;div&gt;</c>). Linear in the cell; stops counting once past <paramref name="stopAfter"/> tags.
    /// </summary>
    public static (int Tags, int Depth) Measure(string cell, int stopAfter)
    {
        var (tags, depth, deepest) = (0, 0, 0);
        for (var match = Tag().Match(cell); match.Success && tags <= stopAfter; match = match.NextMatch())
        {
            tags++;
            var tag = match.ValueSpan;
            if (tag[1] == '/')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (tag[^2] != '/' && !VoidElements.Contains(match.Groups["name"].Value.ToLowerInvariant()))
            {
                deepest = Math.Max(deepest, ++depth);
            }
        }

        return (tags, deepest);
    }

    /// <summary>The cell's text without markup, blocks joined by a space.</summary>
    public static string PlainText(string cell) => string.Join(' ', Read(cell).Select(b => b.Text));

    private static void Walk(IEnumerable<INode> nodes, BlockKind kind, List<TextBlock> blocks)
    {
        var run = new StringBuilder();
        foreach (var node in nodes)
        {
            if (node is IElement element && IsBlock(element))
            {
                Flush(run, kind, blocks);
                if (element.LocalName == "p")
                {
                    Add(blocks, BlockKind.Paragraph, element.TextContent);
                }
                else
                {
                    Walk(element.ChildNodes, element.LocalName is "ol" or "ul" or "li" ? BlockKind.ListEntries : BlockKind.Plain, blocks);
                }
            }
            else
            {
                run.Append(node.TextContent);
            }
        }

        Flush(run, kind, blocks);
    }

    private static bool IsBlock(IElement element) => element.LocalName is "p" or "ol" or "ul" or "li" or "div" or "table" or "tr" or "td";

    private static void Flush(StringBuilder run, BlockKind kind, List<TextBlock> blocks)
    {
        Add(blocks, kind, run.ToString());
        run.Clear();
    }

    private static void Add(List<TextBlock> blocks, BlockKind kind, string text)
    {
        var collapsed = CellText.Collapse(text);
        if (collapsed.Length > 0)
        {
            blocks.Add(new TextBlock(kind, collapsed));
        }
    }

    /// <summary>Elements that never have content, so never stay open.</summary>
    private static readonly HashSet<string> VoidElements = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    [GeneratedRegex(@"</?(?<name>[a-zA-Z][a-zA-Z0-9]*)(\s[^<>]*)?/?>")]
    private static partial Regex Tag();
}
