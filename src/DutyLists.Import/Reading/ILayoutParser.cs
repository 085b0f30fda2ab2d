using DutyLists.Import.Model;

namespace DutyLists.Import.Reading;

/// <summary>Reads one document layout into a <see cref="ParsedList"/>.</summary>
public interface ILayoutParser
{
    DocumentLayout Layout { get; }

    /// <summary>Whether the content looks like this layout; decided from the text, never the file name.</summary>
    bool Recognises(SourceDocument document);

    /// <summary>Parses the document, or throws <see cref="DocumentRejectedException"/> naming file, line and reason.</summary>
    ParsedList Parse(SourceDocument document, DocumentMetadata? metadata);
}
