using DutyLists.Import.Model;
using DutyLists.Import.Reading;

namespace DutyLists.Import.TableText;

/// <summary>Reads duty lists exported from Word tables as text: one row per line, cells separated by TAB (000, 001, 003, 004).</summary>
public sealed class TableTextParser : ILayoutParser
{
    public DocumentLayout Layout => DocumentLayout.TableText;

    /// <summary>A table-text document has at least one TAB-separated header row starting with 序号.</summary>
    public bool Recognises(SourceDocument document) => document.Lines.Any(line => HeaderRow.IsHeader(line.Split('\t')));

    public ParsedList Parse(SourceDocument document, DocumentMetadata? metadata) => new TableTextReading(document, metadata).Read();
}
