namespace DutyLists.Import.Reading;

/// <summary>A document's text split into physical lines (index 0 is line 1), with its identity.</summary>
public sealed class SourceDocument
{
    public SourceDocument(string fileName, string sha256, string text, ImportLimits? limits = null, CancellationToken cancellation = default)
    {
        FileName = fileName;
        Sha256 = sha256;
        Limits = limits ?? ImportLimits.Default;
        Cancellation = cancellation;
        // No document ends with a newline and some may carry CR: split on LF, drop CR, keep every line.
        Lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
    }

    public string FileName { get; }

    public string Sha256 { get; }

    public IReadOnlyList<string> Lines { get; }

    /// <summary>What the parser may spend on this document: cells are held to these limits before they are read.</summary>
    public ImportLimits Limits { get; }

    /// <summary>Cancelled when the read's deadline passes or its caller gives up; parsers check it between rows.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>Townships already in the database, so that a title running the levels together splits at a known name.</summary>
    public IReadOnlyCollection<string> KnownTownships { get; init; } = [];

    /// <summary>The text of a 1-based line number.</summary>
    public string Line(int number) => Lines[number - 1];
}
