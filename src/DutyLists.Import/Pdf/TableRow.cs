using System.Net;
using System.Text.RegularExpressions;
using DutyLists.Import.Cells;
using DutyLists.Import.Model;
using DutyLists.Import.TableText;
using DepartmentNames = DutyLists.Import.PdfText.DepartmentNames;

namespace DutyLists.Import.Pdf;

/// <summary>One table row being gathered: its number and every word placed in its cells, over as many pages as it runs.</summary>
public sealed partial class TableRow(int number)
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
        var doubts = Doubt is null ? new List<string>() : [Doubt];
        var departmentsColumn = header.IndexOf(Column.Departments);
        var departments = string.Concat(_words.Where(w => w.Column == departmentsColumn).Select(w => w.Word.Text));
        for (var c = 0; c < cells.Length; c++)
        {
            var column = header.Cells[c].Column;
            cells[c] = column == Column.Number
                ? Number.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : Cell(column, Paragraphs(header.Cells[c], _words.Where(w => w.Column == c), departments, doubts, ct));
        }

        var row = string.Join('\t', cells);
        return doubts.Count == 0 ? row : row + "\t" + ListVocabulary.ReaderDoubt + string.Join("；", doubts);
    }

    /// <summary>
    /// A cell's lines joined into paragraphs. A new paragraph starts after a vertical gap (paragraph spacing); after a
    /// page break, where there is no gap to see, when the last line on the page ended a sentence short of the cell's
    /// right edge; and in the duty columns at a line that opens with an entry marker (<c>2.</c>, <c>（3）</c>). Other
    /// lines continue the line above: with a space where the line above broke at one (see <see cref="LineEnd"/>), else
    /// joined as wrapped text. Where the layout cannot tell which, the likelier reading is taken and the doubt noted.
    /// </summary>
    private static List<string> Paragraphs(TableHeader.Cell header, IEnumerable<(int Page, int Column, PdfWord Word)> words, string departments, List<string> doubts, CancellationToken ct)
    {
        var cell = words.ToList();
        var paragraphs = new List<string>();
        if (cell.Count == 0)
        {
            return paragraphs;
        }

        var numbered = header.Column is Column.DepartmentDuties or Column.TownshipDuties or Column.Takeover;
        // Duty cells split into entries at a space after a sentence and before a label (§7); takeovers do not.
        var duties = header.Column is Column.DepartmentDuties or Column.TownshipDuties;
        var rightEdge = cell.Max(w => w.Word.XMax);
        var pages = cell.GroupBy(w => w.Page).OrderBy(g => g.Key).Select(g => (Page: g.Key, Lines: PdfLines.Group(g.Select(w => w.Word)))).ToList();
        (int Page, double Bottom, double Right, bool Space)? above = null;
        var texts = pages.SelectMany(p => p.Lines).Select(PdfLines.Text).ToList();
        var namesSpaced = header.Column == Column.Departments ? NamesSpaced(texts) : null;
        var habits = new Dictionary<char, bool?>();
        var index = -1;
        foreach (var page in pages)
        {
            foreach (var line in page.Lines)
            {
                index++;
                // A row whose number was never found gathers every word that follows it: checked line by line.
                ct.ThrowIfCancellationRequested();
                var text = texts[index];
                var previous = above;
                above = (page.Page, line.Max(w => w.YMax), line.Max(w => w.XMax), line[^1].SpaceAfter);
                if (previous is not { } a || (numbered && ResponsibilityText.StartsWithMarker(text))
                    || (a.Page == page.Page && line.Min(w => w.YMin) - a.Bottom > 0.35 * line[0].Height))
                {
                    paragraphs.Add(text);
                    continue;
                }

                var before = paragraphs[^1];
                var end = NoLineStart.Contains(text[0])
                    ? LineEndKind.Short // Only a break at a space puts a closing mark at a line's start (…工作。 。).
                    : LineEnd(a.Right, a.Space, rightEdge, line, text);
                var spaced = end == LineEndKind.Short;
                var newParagraph = false;
                string? doubt = null;
                if (end == LineEndKind.Short && a.Page != page.Page)
                {
                    // A short last line on the page: a paragraph's end, or a break at a space, which reads the same after
                    // a sentence's end or a department's name (each starts an entry either way). Paragraphs are likelier.
                    newParagraph = true;
                    if (numbered && !EndsSentence(before) && !DepartmentName.IsPrefixedDepartment(LastSegment(before)))
                    {
                        doubt = $"“{Tail(before)}”在第{a.Page}页末结束，看不出下一页的“{Head(text)}”是另起一段还是接着这一段，已按另起一段读取";
                    }
                    else if (duties && ResponsibilityText.StartsWithMarker(before) && !StartsWithLabel(before, text))
                    {
                        // A numbered entry's sentence ends the page: after a space the entry goes on (4. …归属; 准确填写…),
                        // while a paragraph starts an unnumbered entry (4. …处置。 / 其他行业主管部门…). Both occur in 003,
                        // and the page break hides which.
                        doubt = $"“{Tail(before)}”在第{a.Page}页末结束，看不出下一页的“{Head(text)}”是另起一段还是接着上一条，已按另起一段读取";
                    }
                }
                else if (end == LineEndKind.Full && duties && EndsSentence(before) && !ResponsibilityText.StartsWithMarker(before))
                {
                    // A full line that ends a sentence in unnumbered text, where a space after the sentence would
                    // start the next entry (…监管； 统筹…) and none continues it (…监管；统筹…). Entries are far more
                    // often split there. A numbered entry runs on to the next number whatever the spaces: no guess.
                    spaced = true;
                    doubt = $"“{Tail(before)}”恰在行末，看不出下一行“{Head(text)}”是另起一条还是接着上一条，已按另起一条读取";
                }
                else if (end == LineEndKind.Full && duties
                    && !ResponsibilityText.StartsWithMarker(before) && EndsWithLabel(before, departments))
                {
                    // One of the row's departments named after a sentence, filling the line: a label before its text
                    // (…方案。 县水利局 / 负责…) or the start of a sentence (…方案。县水利局负责…). Documents set the label
                    // apart far more often.
                    spaced = true;
                    doubt = $"“{Tail(before)}”恰在行末，看不出是单列的部门名称还是句子的开头，已按单列读取";
                }
                else if (end == LineEndKind.Full && header.Column == Column.Departments && BetweenDepartments(before, text))
                {
                    // A department's full name ends the line and a place opens the next (区公安分局 / 区民政局…): two
                    // names where the cell separates its names by spaces, else one name wrapped (昌吉州生态环境局 /
                    // 吉木萨尔县分局) where it separates them by 、, and a guess where it shows neither.
                    spaced = namesSpaced ?? false;
                    if (namesSpaced is null)
                    {
                        doubt = $"“{Tail(before)}”恰在行末，看不出下一行“{Head(text)}”是另一个部门还是同一个部门名称的后半，已按同一个读取";
                    }
                }
                else if (end == LineEndKind.Full && before[^1] is ',' or ';' or ':' or '：' && !char.IsAscii(text[0]))
                {
                    // Latin punctuation in Chinese text, or a label's colon: whether a space follows it is the writer's
                    // habit, which the rest of the cell shows; where it shows none, the space is a guess.
                    var mark = before[^1];
                    var habit = Habit(mark, (a, b) => a == mark && !char.IsAsciiDigit(b));
                    spaced = habit ?? false;
                    if (habit is null && mark != '：')
                    {
                        // A Chinese colon takes no space unless the cell shows it does (003's labels): no doubt there.
                        doubt = $"“{Tail(before)}”恰在行末，看不出其后是否有空格，已按没有空格读取";
                    }
                }
                else if (end == LineEndKind.Full && LatinMeetsChinese(before[^1], text[0]))
                {
                    // A Latin word next to Chinese text (地区 and 单位): spaced only where the cell spaces such words.
                    spaced = Habit(' ', LatinMeetsChinese) == true;
                }
                else if (numbered && (StartsWithLabel(before, text) || (index + 1 < texts.Count && StartsWithLabel(before, PdfLines.JoinWrapped(text, texts[index + 1])))))
                {
                    spaced = true;
                }
                else if (end == LineEndKind.Full && numbered && EndsWithHeading(before) && ReadsAsText(text, rightEdge - line[^1].XMax < line[0].Em))
                {
                    // A 一、 heading that fills the line usually goes on (一、农药使用指导、服 / 务工作 1.…); when the next
                    // line reads as running text it may be the heading's text after a space (一、分户工作 村民委员会、…).
                    doubt = $"标题“{Tail(before)}”恰在行末，看不出下一行“{Head(text)}”是标题的后半还是正文，已按标题的后半读取";
                }
                else if (end == LineEndKind.Full && text[0] == '(' && !char.IsAscii(before[^1]))
                {
                    // Before a Latin bracket in Chinese text some writers put a space (工作 (测土配方)) and some do not;
                    // a line's end hides which.
                    doubt = $"“{Tail(before)}”恰在行末，看不出与下一行“{Head(text)}”之间是否有空格，已按没有空格读取";
                }

                if (newParagraph)
                {
                    paragraphs.Add(text);
                }
                else
                {
                    paragraphs[^1] = spaced ? before + " " + text : PdfLines.JoinWrapped(before, text);
                }

                if (doubt is not null)
                {
                    doubts.Add($"PDF 第{page.Page}页“{header.Text}”一栏中，{doubt}，请对照原件核对");
                }
            }
        }

        return paragraphs;

        // Counted once a cell and key (the mark before the space; ' ' for Latin words): a row that never found its
        // number can gather a page of lines.
        bool? Habit(char key, Func<char, char, bool> pair)
        {
            if (!habits.TryGetValue(key, out var habit))
            {
                habit = habits[key] = SpaceHabit(texts, pair);
            }

            return habit;
        }
    }

    /// <summary>The text after a paragraph's last space or sentence end: the entry or label being written.</summary>
    private static string LastSegment(string paragraph)
    {
        var tail = Ending(paragraph).TrimEnd();
        var cut = tail.LastIndexOfAny([' ', '。', '；', ';']);
        return tail[(cut + 1)..].Trim();
    }

    /// <summary>
    /// The last characters of a paragraph, where labels and headings are looked for: a paragraph can be a page of text
    /// (a row whose number was never found), and each of its lines is judged.
    /// </summary>
    private static string Ending(string paragraph) => paragraph.Length <= 48 ? paragraph : paragraph[^48..];

    /// <summary>A short 一、 heading ending the paragraph, at its start or after a space.</summary>
    private static bool EndsWithHeading(string paragraph)
    {
        var ending = Ending(paragraph);
        var match = NumeralHeading().Match(ending);
        return match.Success && (match.Index > 0 || ending.Length == paragraph.Length || char.IsWhiteSpace(paragraph[^(ending.Length + 1)]));
    }

    /// <summary>
    /// Whether the text ends with one of the row's departments (as its 对应上级部门 cell names them, 县水利局 for
    /// 木垒县水利局) standing alone or after a sentence's end and a space.
    /// </summary>
    private static bool EndsWithLabel(string text, string departments)
    {
        var trimmed = Ending(text).TrimEnd();
        var name = LastSegment(trimmed);
        var before = trimmed[..^name.Length];
        return name.Length > 1 && DepartmentName.IsPrefixedDepartment(name)
            && (before.Length == 0 || (before[^1] == ' ' && EndsSentence(before.TrimEnd())))
            && departments.Contains(name, StringComparison.Ordinal);
    }

    /// <summary>
    /// A line that runs on as a sentence: punctuated before any space, or filling its line with no space at all (a
    /// heading's last words are short and end before a space or the cell's end).
    /// </summary>
    private static bool ReadsAsText(string line, bool full)
    {
        var mark = line.IndexOfAny(['，', '。', '；', '、', '：', ',', ';']);
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? mark >= 0 || full : mark >= 0 && mark < space;
    }

    /// <summary>A short 一、 heading written so far, with no punctuation after its number.</summary>
    [GeneratedRegex(@"(^|\s)[一二三四五六七八九十]+、[^，。；：,;:\s]{1,15}$")]
    private static partial Regex NumeralHeading();

    /// <summary>A complete department name ends the text and a place (or a generic 其他…) opens the line.</summary>
    private static bool BetweenDepartments(string text, string line)
    {
        var last = text.Split([' ', '、', '，', ','], StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return last is not null && DepartmentNames.IsComplete(last)
            && (DepartmentName.Prefix(line) is not null || line.StartsWith("其他", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether a 对应上级部门 cell separates its names by spaces (003: <c>区卫生健康委员会 区工业与信息化局</c>) rather
    /// than by 、 or ，; null when its lines show no separator.
    /// </summary>
    private static bool? NamesSpaced(IEnumerable<string> lines)
    {
        var text = string.Join('\n', lines);
        if (text.IndexOfAny(['、', '，', ',']) >= 0)
        {
            return false;
        }

        return text.Contains(' ', StringComparison.Ordinal) ? true : null;
    }

    private static bool LatinMeetsChinese(char a, char b) =>
        (char.IsAsciiLetter(a) && !char.IsAscii(b)) || (!char.IsAscii(a) && char.IsAsciiLetter(b));

    /// <summary>
    /// Whether the cell writes a space inside its lines between two characters that <paramref name="pair"/> accepts
    /// (<c>问题, 对于</c>, <c>地区 and 单位</c>) or none (<c>测土配方,耕地</c>): null when it shows neither, or both alike.
    /// </summary>
    private static bool? SpaceHabit(IEnumerable<string> lines, Func<char, char, bool> pair)
    {
        var spaced = 0;
        var tight = 0;
        foreach (var text in lines)
        {
            for (var i = 0; i + 1 < text.Length; i++)
            {
                if (text[i + 1] == ' ' && i + 2 < text.Length && pair(text[i], text[i + 2]))
                {
                    spaced++;
                }
                else if (pair(text[i], text[i + 1]))
                {
                    tight++;
                }
            }
        }

        return spaced == tight ? null : spaced > tight;
    }

    private enum LineEndKind
    {
        /// <summary>The next line's first characters did not fit: the text wrapped there, with or without a space.</summary>
        Full,

        /// <summary>The line stopped before the next line's first characters would have had to go down: it broke at a
        /// space (or a paragraph's end), or the PDF sets a space glyph at its end.</summary>
        Short,
    }

    /// <summary>
    /// How a line ended, from the room left before the cell's right edge and the width of what the next line starts
    /// with: Chinese text wraps at any character, so a line stops short only where the next unit does not fit —
    /// one character, two where a closing mark may not start a line or an opening mark may not end one (…（县 / 县），
    /// or a whole run of Latin letters or digits.
    /// </summary>
    private static LineEndKind LineEnd(double aboveRight, bool spaceGlyph, double rightEdge, IReadOnlyList<PdfWord> line, string text)
    {
        if (spaceGlyph)
        {
            return LineEndKind.Short;
        }

        return rightEdge - aboveRight >= Unbreakable(line, text) + (0.4 * line[0].Em) ? LineEndKind.Short : LineEndKind.Full;
    }

    /// <summary>
    /// The width of what a line starts with that could not have been split from the line above: opening marks, then
    /// one Chinese character, a pair of dashes or dots (——, ……) or a run of Latin letters and digits, then the closing
    /// marks that stay with it; quotation marks hold on to what touches them on both sides (伊犁”APP, 通”“户), and a
    /// number runs on through the marks inside it (110、120).
    /// </summary>
    private static double Unbreakable(IReadOnlyList<PdfWord> line, string text)
    {
        var em = line[0].Em;
        // Latin letters and digits are narrower than Chinese characters; the first word's own width says how much, when
        // it is set in a Latin font of its own.
        var latin = line[0].Text.All(char.IsAscii) ? (line[0].XMax - line[0].XMin) / line[0].Text.Length : 0.65 * em;
        var i = 0;
        var width = 0.0;
        while (i < text.Length)
        {
            for (; i < text.Length && NoLineEnd.Contains(text[i]); i++)
            {
                width += Width(text[i]);
            }

            var latinRun = i < text.Length && char.IsAscii(text[i]) && !char.IsWhiteSpace(text[i]);
            if (latinRun)
            {
                // Latin text breaks only at spaces (and after hyphens between letters, which these lists do not have):
                // 1-3月, 3.5, APP all go down whole.
                for (; i < text.Length && char.IsAscii(text[i]) && !char.IsWhiteSpace(text[i]); i++)
                {
                    width += latin;
                }

                // A sign before a number or word stays with it, Chinese or not (互联网+督查).
                if (text[i - 1] is '+' or '$' or '#' or '@' or '&' && i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    width += Width(text[i++]);
                }
            }
            else if (i < text.Length)
            {
                var core = text[i];
                width += Width(text[i++]);
                for (; core is '—' or '…' && i < text.Length && text[i] == core; i++)
                {
                    width += em;
                }
            }

            for (; i < text.Length && NoLineStart.Contains(text[i]); i++)
            {
                width += Width(text[i]);
            }

            var holds = i < text.Length && i > 0
                && ((Quotes.Contains(text[i - 1]) && !char.IsWhiteSpace(text[i])) || (latinRun && char.IsAsciiLetterOrDigit(text[i])));
            if (!holds)
            {
                break;
            }
        }

        return width;

        double Width(char c) => char.IsAscii(c) ? latin : em;
    }

    /// <summary>Quotation marks, which a line may not break beside.</summary>
    private const string Quotes = "“”‘’\"'";

    /// <summary>Marks a line may not start with (they stay with the character before them).</summary>
    private const string NoLineStart = "，。、；：？！）》」』】〕”’…,.;:?!)%";

    /// <summary>Marks a line may not end with (they go down with the character after them).</summary>
    private const string NoLineEnd = "（《「『【〔“‘(";

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '；' or ';' or '。';

    private static string Tail(string paragraph) => paragraph.Length <= 12 ? paragraph : "…" + paragraph[^12..];

    private static string Head(string line) => line.Length <= 12 ? line : line[..12] + "…";

    /// <summary>
    /// A sentence that ends at the line's end followed by a department named alone (<c>…发放工作。</c> /
    /// <c>县文化体育广播电视和旅游局 指导…</c>, the name filling its line, a label with its colon,
    /// <c>吉木萨尔县住房和城乡建设局： 根据…</c>, or 003's <c>履职保障：</c>): the line broke at the space before the label,
    /// which the cell readers need.
    /// </summary>
    private static bool StartsWithLabel(string above, string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return EndsSentence(above)
            && (DepartmentName.IsPrefixedDepartment(space > 0 ? line[..space] : line) || DepartmentName.LeadingLabel(line) is not null
                || line.StartsWith("履职保障", StringComparison.Ordinal));
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
