using System.Net;
using DutyLists.Import.Cells;
using DutyLists.Import.Model;
using DutyLists.Import.TableText;

namespace DutyLists.Import.Pdf;

/// <summary>One table row being gathered: its number and every word placed in its cells, over as many pages as it runs.</summary>
public sealed class TableRow(int number)
{
    private readonly List<(int Page, int Column, PdfWord Word)> _words = [];

    public int Number { get; } = number;

    /// <summary>Why the reader doubts it gathered this row's words right, or null; written for the review flag.</summary>
    public string? Doubt { get; set; }

    public void Add(int page, int column, PdfWord word) => _words.Add((page, column, word));

    /// <summary>The row as one table-text line: TAB-separated cells in the header's order.</summary>
    public string Write(TableHeader header, CancellationToken ct = default)
    {
        var cells = new string[header.Cells.Count];
        for (var c = 0; c < cells.Length; c++)
        {
            var column = header.Cells[c].Column;
            cells[c] = column == Column.Number
                ? Number.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : Cell(column, Paragraphs(column, _words.Where(w => w.Column == c), ct));
        }

        var row = string.Join('\t', cells);
        return Doubt is null ? row : row + "\t" + ListVocabulary.ReaderDoubt + Doubt;
    }

    /// <summary>
    /// A cell's lines joined into paragraphs. A new paragraph starts after a vertical gap (paragraph spacing); after a
    /// page break, where there is no gap to see, when the last line on the page stopped well short of the cell's right
    /// edge; and in the duty columns at a line that opens with an entry marker (<c>2.</c>, <c>（3）</c>). Other lines
    /// continue the line above.
    /// </summary>
    private static List<string> Paragraphs(Column column, IEnumerable<(int Page, int Column, PdfWord Word)> words, CancellationToken ct)
    {
        var cell = words.ToList();
        var paragraphs = new List<string>();
        if (cell.Count == 0)
        {
            return paragraphs;
        }

        var numbered = column is Column.DepartmentDuties or Column.TownshipDuties or Column.Takeover;
        var rightEdge = cell.Max(w => w.Word.XMax);
        (int Page, double Bottom, double Right, bool Space)? above = null;
        foreach (var page in cell.GroupBy(w => w.Page).OrderBy(g => g.Key))
        {
            foreach (var line in PdfLines.Group(page.Select(w => w.Word)))
            {
                // A row whose number was never found gathers every word that follows it: checked line by line.
                ct.ThrowIfCancellationRequested();
                var text = PdfLines.Text(line);
                var height = line[0].Height;
                var ended = above is { } a && (a.Page == page.Key
                    ? line.Min(w => w.YMin) - a.Bottom > 0.35 * height
                    : a.Right < rightEdge - (2 * height));
                if (paragraphs.Count == 0 || ended || (numbered && ResponsibilityText.StartsWithMarker(text)))
                {
                    paragraphs.Add(text);
                }
                else
                {
                    // A line that ends with a space glyph wrapped at a space; so did one that stopped well short of the
                    // cell's edge on the same page, as Chinese wraps at any character (一、…方面 负责…).
                    var brokeAtSpace = above is { } b && (b.Space || (b.Page == page.Key && b.Right < rightEdge - (3.5 * height)));
                    paragraphs[^1] = brokeAtSpace || (numbered && StartsWithLabel(paragraphs[^1], text))
                        ? paragraphs[^1] + " " + text
                        : PdfLines.JoinWrapped(paragraphs[^1], text);
                }

                above = (page.Key, line.Max(w => w.YMax), line.Max(w => w.XMax), line[^1].SpaceAfter);
            }
        }

        return paragraphs;
    }

    /// <summary>
    /// A sentence that ends at the line's end followed by a department named alone (<c>…发放工作。</c> /
    /// <c>县文化体育广播电视和旅游局 指导…</c>): the line broke at the space before the label, which the cell readers need.
    /// </summary>
    private static bool StartsWithLabel(string above, string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return above.Length > 0 && above[^1] is '。' or '；' or ';'
            && space > 0 && DepartmentName.IsPrefixedDepartment(line[..space]);
    }

    /// <summary>
    /// Duty cells of several paragraphs keep them as <c>&lt;p&gt;</c>, so the cell readers split entries as they do for
    /// Word exports; a single paragraph stays plain text (no HTML to parse) unless it holds something like a tag.
    /// Every other cell is one text.
    /// </summary>
    private static string Cell(Column column, List<string> paragraphs)
    {
        var paragraphed = column is Column.DepartmentDuties or Column.TownshipDuties
            && (paragraphs.Count > 1 || paragraphs.Any(HtmlBlocks.HasMarkup));
        var cell = paragraphed
            ? string.Join(' ', paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"))
            : string.Join(' ', paragraphs);
        return cell.Replace('\t', ' ');
    }
}
