namespace DutyLists.Import.Pdf;

/// <summary>One word found on a page, with its box in points from the page's top left corner.</summary>
public sealed record PdfWord(string Text, double XMin, double YMin, double XMax, double YMax)
{
    /// <summary>Whether the PDF sets a space glyph between this word and the one before it on its line.</summary>
    public bool AfterSpace { get; init; }

    /// <summary>Whether the PDF sets a space glyph right after this word on its line (at a line's end: a wrap at a space).</summary>
    public bool SpaceAfter { get; init; }

    public double Height => YMax - YMin;

    /// <summary>The font size: a word's box is 1.3 of it high (PdfPigWords), and a Chinese character is 1 wide.</summary>
    public double Em => Height / 1.3;

    public double XCenter => (XMin + XMax) / 2;

    public double YCenter => (YMin + YMax) / 2;
}
