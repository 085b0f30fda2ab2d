namespace DutyLists.Import.Pdf;

/// <summary>A page of the PDF: its size and its words in reading order.</summary>
public sealed record PdfPage(int Number, double Width, double Height, IReadOnlyList<PdfWord> Words);
