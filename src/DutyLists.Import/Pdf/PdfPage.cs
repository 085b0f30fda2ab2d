namespace DutyLists.Import.Pdf;

/// <summary>A page of the PDF: its size, its words in reading order and its ruling lines.</summary>
public sealed record PdfPage(int Number, double Width, double Height, IReadOnlyList<PdfWord> Words)
{
    /// <summary>The page's ruling lines (table borders); none when the producer drew the table without them.</summary>
    public PdfRulings Rulings { get; init; } = PdfRulings.None;
}
