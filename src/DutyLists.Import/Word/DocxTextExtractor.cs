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

    public string Extract(string fileName, byte[] content)
    {
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
        var tables = Blocks(body, lines);
        if (tables == 0)
        {
            throw new DocumentRejectedException(fileName, 0, "文档中没有表格，找不到履职事项清单");
        }

        return string.Join('\n', lines);
    }

    /// <summary>Writes the blocks of a body (or a content control) as lines; returns the number of tables.</summary>
    private static int Blocks(OpenXmlElement container, List<string> lines)
    {
        var tables = 0;
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    lines.AddRange(ParagraphLines(paragraph, '\t'));
                    break;
                case Table table:
                    tables++;
                    lines.AddRange(TableRows(table));
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } sdtContent:
                    tables += Blocks(sdtContent, lines);
                    break;
                default:
                    break;
            }
        }

        return tables;
    }

    /// <summary>
    /// One line per row. A merged cell (gridSpan) is followed by empty cells for the columns it covers, so rows keep
    /// the header's width; a vertically merged cell repeats the text of the cell it continues (a category written once
    /// for several rows belongs to each of them).
    /// </summary>
    private static IEnumerable<string> TableRows(Table table)
    {
        var above = new Dictionary<int, string>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            var skipped = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            cells.AddRange(Enumerable.Repeat(string.Empty, skipped));
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
                    above[column] = text;
                }

                cells.Add(text);
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                cells.AddRange(Enumerable.Repeat(string.Empty, Math.Max(0, span - 1)));
            }

            yield return string.Join('\t', cells);
        }
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
