namespace DutyLists.Import.Reading;

/// <summary>A document's text split into physical lines (index 0 is line 1), with its identity.</summary>
public sealed class SourceDocument
{
    public SourceDocument(string fileName, string sha256, string text)
    {
        FileName = fileName;
        Sha256 = sha256;
        // No document ends with a newline and some may carry CR: split on LF, drop CR, keep every line.
        Lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
    }

    public string FileName { get; }

    public string Sha256 { get; }

    public IReadOnlyList<string> Lines { get; }

    /// <summary>The text of a 1-based line number.</summary>
    public string Line(int number) => Lines[number - 1];
}
