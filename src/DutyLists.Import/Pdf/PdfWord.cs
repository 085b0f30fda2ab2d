namespace DutyLists.Import.Pdf;

/// <summary>One word found on a page, with its box in points from the page's top left corner.</summary>
public sealed record PdfWord(string Text, double XMin, double YMin, double XMax, double YMax)
{
    public double Height => YMax - YMin;

    public double XCenter => (XMin + XMax) / 2;

    public double YCenter => (YMin + YMax) / 2;
}
