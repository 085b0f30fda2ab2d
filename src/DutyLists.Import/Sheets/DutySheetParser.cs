using DutyLists.Import.Model;
using DutyLists.Import.Reading;

namespace DutyLists.Import.Sheets;

/// <summary>
/// Reads the duty sheet as CSV text: a CSV file as uploaded, or an Excel worksheet that
/// <see cref="XlsxTextExtractor"/> turned into CSV with one record per worksheet row.
/// </summary>
public sealed class DutySheetParser : ILayoutParser
{
    public DocumentLayout Layout => DocumentLayout.Sheet;

    /// <summary>
    /// The first non-blank line is a comma-separated header with 序号 and 清单 or 乡镇, the columns only the sheet has;
    /// missing columns are then named by <see cref="Parse"/> rather than failing recognition.
    /// </summary>
    public bool Recognises(SourceDocument document)
    {
        var first = document.Lines.FirstOrDefault(l => l.Trim(' ', ',', '\t').Length > 0);
        if (first is null || first.Contains('\t', StringComparison.Ordinal))
        {
            return false;
        }

        var cells = first.Split(',').Select(c => DutySheetColumns.Normalize(c.Trim().Trim('"'))).ToHashSet();
        return cells.Contains(DutySheetColumns.Number) && (cells.Contains(DutySheetColumns.List) || cells.Contains(DutySheetColumns.Township));
    }

    public ParsedList Parse(SourceDocument document, DocumentMetadata? metadata) => new DutySheetReading(document, metadata).Read();
}
