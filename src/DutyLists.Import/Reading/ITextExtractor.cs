namespace DutyLists.Import.Reading;

/// <summary>
/// A packaged file format (Word, Excel, PDF) whose content is turned into text in one of the layouts the
/// <see cref="ILayoutParser"/>s read, so that every format goes through the same parsing and validation.
/// </summary>
public interface ITextExtractor
{
    /// <summary>A short name of the format for messages, e.g. <c>Word (.docx)</c>.</summary>
    string Format { get; }

    /// <summary>Whether the bytes are this format, judged by their signature and structure, never by the file name.</summary>
    bool Recognises(byte[] content);

    /// <summary>
    /// The document's text in a layout a parser reads. Throws <see cref="Model.DocumentRejectedException"/> naming the
    /// file, the place (line, table or row) and the reason when the content cannot be read, or when it asks for more than
    /// <paramref name="limits"/> allow. Stops with <see cref="OperationCanceledException"/> when <paramref name="ct"/> is cancelled.
    /// </summary>
    string Extract(string fileName, byte[] content, ImportLimits limits, CancellationToken ct);
}
