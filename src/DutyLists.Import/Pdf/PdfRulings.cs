namespace DutyLists.Import.Pdf;

/// <summary>
/// A page's ruling lines: the thin rectangles and stroked lines a producer draws as table borders (Chromium fills a
/// thin rectangle per cell edge, Word strokes lines or cell rectangles). Points from the page's top left corner.
/// </summary>
public sealed record PdfRulings(IReadOnlyList<PdfRulings.Horizontal> Horizontals, IReadOnlyList<PdfRulings.Vertical> Verticals)
{
    /// <summary>A horizontal line at <see cref="Y"/> from <see cref="XMin"/> to <see cref="XMax"/>.</summary>
    public sealed record Horizontal(double Y, double XMin, double XMax);

    /// <summary>A vertical line at <see cref="X"/> from <see cref="YMin"/> to <see cref="YMax"/>.</summary>
    public sealed record Vertical(double X, double YMin, double YMax);

    /// <summary>The thickest a border is drawn; anything thicker is a shape or shading, not a ruling.</summary>
    public const double MaxThickness = 2.5;

    /// <summary>The shortest segment taken for a border (a narrow 序号 cell is still some 20 points wide).</summary>
    public const double MinLength = 6;

    public static readonly PdfRulings None = new([], []);

    /// <summary>
    /// Rulings from path bounding boxes: a thin box is one line; a stroked (not filled) larger box is a cell
    /// rectangle and gives its four edges. Boxes are in PDF coordinates (origin bottom left).
    /// </summary>
    public static PdfRulings From(IEnumerable<(double Left, double Bottom, double Right, double Top, bool Filled, bool Stroked)> boxes, double pageHeight)
    {
        var horizontals = new List<Horizontal>();
        var verticals = new List<Vertical>();
        foreach (var (left, bottom, right, top, filled, stroked) in boxes)
        {
            if (!filled && !stroked)
            {
                continue;
            }

            var (width, height) = (right - left, top - bottom);
            var (yTop, yBottom) = (pageHeight - top, pageHeight - bottom);
            if (height <= MaxThickness && width >= MinLength)
            {
                horizontals.Add(new Horizontal((yTop + yBottom) / 2, left, right));
            }
            else if (width <= MaxThickness && height >= MinLength)
            {
                verticals.Add(new Vertical((left + right) / 2, yTop, yBottom));
            }
            else if (stroked && !filled && width >= MinLength && height >= MinLength)
            {
                horizontals.Add(new Horizontal(yTop, left, right));
                horizontals.Add(new Horizontal(yBottom, left, right));
                verticals.Add(new Vertical(left, yTop, yBottom));
                verticals.Add(new Vertical(right, yTop, yBottom));
            }
        }

        return new PdfRulings(horizontals, verticals);
    }
}
