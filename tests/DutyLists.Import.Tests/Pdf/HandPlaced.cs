using DutyLists.Import.Pdf;

namespace DutyLists.Import.Tests.Pdf;

/// <summary>
/// Pages and words placed by hand for the table reader's tests: A4 pages, words set in a 10 pt font whose Chinese
/// characters and digits are 10 and 6.4 points wide, on lines 13 points high.
/// </summary>
internal static class HandPlaced
{
    public const double LineHeight = 13;

    public static PdfPage Page(int number, params PdfWord[] words) => new(number, 595, 842, words);

    public static PdfWord Word(string text, double x, double y)
    {
        var width = text.Sum(c => char.IsAscii(c) ? 6.4 : 10);
        return new PdfWord(text, x, y, x + width, y + LineHeight);
    }
}
