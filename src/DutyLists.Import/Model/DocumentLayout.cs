namespace DutyLists.Import.Model;

/// <summary>How a duty-list document lays out its tables; detected from the content, never from the file name.</summary>
public enum DocumentLayout
{
    /// <summary>One row per line, cells separated by TAB (a Word table exported as text).</summary>
    TableText,

    /// <summary>Text extracted from a PDF: no tabs, wrapped cells, shredded headers.</summary>
    PdfText,

    /// <summary>The duty sheet: a header row and one row per duty, as CSV or as an Excel worksheet (see <c>Sheets/</c>).</summary>
    Sheet,
}
