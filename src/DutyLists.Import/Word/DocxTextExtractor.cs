using System.Net;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DutyLists.Import.Model;
using DutyLists.Import.Reading;

namespace DutyLists.Import.Word;

/// <summary>
/// Turns a Word document whose lists are tables into the TAB table text that <see cref="TableText.TableTextParser"/>
/// reads: each paragraph outside a table is a line, each table row a line of TAB-separated cells. A cell of several
/// paragraphs is written as <c>&lt;p&gt;</c> fragments, as Word's own text export writes them, so that the cell readers
/// keep one entry per paragraph.
/// </summary>
public sealed class DocxTextExtractor : ITextExtractor
{
    private const string DocumentPart = "word/document.xml";

    public string Format => "Word (.docx)";

    public bool Recognises(byte[] content) => OfficePackage.Holds(content, DocumentPart);

    public string Extract(string fileName, byte[] content) => Extract(fileName, content, ImportLimits.Default, CancellationToken.None);

    public string Extract(string fileName, byte[] content, ImportLimits limits, CancellationToken ct)
    {
        // The package is measured before the body is loaded: the loaded body is then bounded by the element limit.
        OfficePackage.CheckBounds(fileName, "Word", content, limits, ct);
        Body body;
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(content, writable: false), isEditable: false);
            body = document.MainDocumentPart?.Document?.Body
                ?? throw new DocumentRejectedException(fileName, 0, "Word 文件中没有正文");
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException)
        {
            throw new DocumentRejectedException(fileName, 0, $"Word 文件已损坏，无法打开：{e.Message}");
        }

        var lines = new List<string>();
        var tables = new Blocks(fileName, limits, lines, ct).Read(body);
        if (tables == 0)
        {
            throw new DocumentRejectedException(fileName, 0, "文档中没有表格，找不到履职事项清单");
        }

        return string.Join('\n', lines);
    }

    /// <summary>Writes the blocks of a body as lines, holding every row to the limits.</summary>
    private sealed class Blocks(string fileName, ImportLimits limits, List<string> lines, CancellationToken ct)
    {
        private int _tables;

        /// <summary>Writes the blocks of a body (or a content control) as lines; returns the number of tables.</summary>
        public int Read(OpenXmlElement container)
        {
            foreach (var element in container.ChildElements)
            {
                ct.ThrowIfCancellationRequested();
                switch (element)
                {
                    case Paragraph paragraph:
                        Add(ParagraphLines(paragraph, '\t'));
                        break;
                    case Table table:
                        _tables++;
                        Add(TableRows(table));
                        break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } sdtContent:
                        Read(sdtContent);
                        break;
                    default:
                        break;
                }
            }

            return _tables;
        }

        private void Add(IEnumerable<string> more)
        {
            foreach (var line in more)
            {
                if (lines.Count >= limits.MaxRows)
                {
                    throw Refuse(0, $"文档的段落与表格行超过 {LimitMessages.Count(limits.MaxRows)} 行的上限");
                }

                lines.Add(line);
            }
        }

        /// <summary>
        /// One line per row. A merged cell (gridSpan) is followed by empty cells for the columns it covers, so rows keep
        /// the header's width; a vertically merged cell repeats the text of the cell it continues (a category written
        /// once for several rows belongs to each of them). Spans are counted before any cell is added for them.
        /// </summary>
        private IEnumerable<string> TableRows(Table table)
        {
            var above = new Dictionary<int, string>();
            var number = 0;
            foreach (var row in table.Elements<TableRow>())
            {
                ct.ThrowIfCancellationRequested();
                number++;
                var cells = new List<string>();
                var skipped = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
                Widen(cells, skipped, number);
                foreach (var cell in row.Elements<TableCell>())
                {
                    var column = cells.Count;
                    var merge = cell.TableCellProperties?.VerticalMerge;
                    string text;
                    if (merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue))
                    {
                        text = above.GetValueOrDefault(column, string.Empty);
                    }
                    else
                    {
                        text = CellText(cell);
                        if (text.Length > limits.MaxCellChars)
                        {
                            throw Refuse(number, $"单元格有 {LimitMessages.Count(text.Length)} 个字符，超过 {LimitMessages.Count(limits.MaxCellChars)} 个字符的上限");
                        }

                        above[column] = text;
                    }

                    Widen(cells, 1, number);
                    cells[^1] = text;
                    var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                    Widen(cells, Math.Max(0, span - 1), number);
                }

                yield return string.Join('\t', cells);
            }
        }

        /// <summary>Adds empty cells, refusing a row wider than the limit before any is added.</summary>
        private void Widen(List<string> cells, long count, int row)
        {
            if (count < 0 || cells.Count + count > limits.MaxColumns)
            {
                throw Refuse(row, $"表格行宽超过 {LimitMessages.Count(limits.MaxColumns)} 列的上限（合并单元格 gridSpan 或 gridBefore 过大）");
            }

            cells.AddRange(Enumerable.Repeat(string.Empty, (int)count));
        }

        private DocumentRejectedException Refuse(int row, string reason) =>
            new(fileName, 0, row == 0 ? $"{reason}，{LimitMessages.Tail}" : $"第 {_tables} 个表格第 {row} 行：{reason}，{LimitMessages.Tail}");
    }

    /// <summary>One paragraph as plain text; several as <c>&lt;p&gt;</c> fragments, text escaped.</summary>
    private static string CellText(TableCell cell)
    {
        var lines = cell.Descendants<Paragraph>().SelectMany(p => ParagraphLines(p, ' ')).ToList();
        return lines.Count switch
        {
            0 => string.Empty,
            1 => lines[0],
            _ => string.Concat(lines.Select(l => $"<p>{WebUtility.HtmlEncode(l)}</p>")),
        };
    }

    /// <summary>
    /// A paragraph's text, split at manual line breaks; empty lines dropped. A tab is kept as TAB in body text (a
    /// table of contents line) and becomes a space inside a cell, where TAB separates cells.
    /// </summary>
    private static IEnumerable<string> ParagraphLines(Paragraph paragraph, char tab)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(tab);
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                default:
                    break;
            }
        }

        return text.ToString().Split('\n').Select(l => l.Trim(' ', '\u3000')).Where(l => l.Length > 0);
    }
}
