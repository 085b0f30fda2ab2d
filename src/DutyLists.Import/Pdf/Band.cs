namespace DutyLists.Import.Pdf;

/// <summary>
/// A vertical stretch of a page whose words touch one another from top to bottom, across the whole width. Table rows
/// are separated by their cell padding, so a row boundary always falls in the gap between two bands.
/// </summary>
public sealed class Band(IReadOnlyList<PdfWord> words)
{
    public IReadOnlyList<PdfWord> Words { get; } = words;

    public double YMin { get; } = words.Min(w => w.YMin);

    public double YMax { get; } = words.Max(w => w.YMax);

    /// <summary>Cuts a page's words into bands: a word joins the band above when it starts less than a quarter line below it.</summary>
    public static List<Band> Of(IEnumerable<PdfWord> words)
    {
        var bands = new List<Band>();
        var current = new List<PdfWord>();
        var bottom = double.MinValue;
        foreach (var word in words.OrderBy(w => w.YMin).ThenBy(w => w.XMin))
        {
            if (current.Count > 0 && word.YMin > bottom + (0.25 * word.Height))
            {
                bands.Add(new Band(current));
                current = [];
            }

            current.Add(word);
            bottom = current.Count == 1 ? word.YMax : Math.Max(bottom, word.YMax);
        }

        if (current.Count > 0)
        {
            bands.Add(new Band(current));
        }

        return bands;
    }

    /// <summary>The band's words as text lines, top to bottom (words that overlap vertically share a line).</summary>
    public IReadOnlyList<IReadOnlyList<PdfWord>> Lines() => PdfLines.Group(Words);
}
