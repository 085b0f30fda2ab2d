namespace DutyLists.Import.Pdf;

/// <summary>
/// A vertical stretch of a page whose words touch one another from top to bottom, across the whole width, or one
/// ruled table row (<see cref="Slot"/>). Table rows are separated by their cell padding, so a row boundary always
/// falls in the gap between two bands.
/// </summary>
public sealed class Band(IReadOnlyList<PdfWord> words)
{
    public IReadOnlyList<PdfWord> Words { get; } = words;

    public double YMin { get; } = words.Min(w => w.YMin);

    public double YMax { get; } = words.Max(w => w.YMax);

    /// <summary>The ruled table row (the strip between two horizontal rulings) the band fills, or -1 when unruled.</summary>
    public int Slot { get; init; } = -1;

    /// <summary>
    /// Cuts a page's words into bands using its ruling lines where it has them: the strip between two horizontal
    /// rulings that vertical rulings cross is a table row and becomes one band whatever its line spacing; the words
    /// outside such strips are cut by <see cref="Of(IEnumerable{PdfWord})"/>. Sorting once keeps it O(n log n).
    /// </summary>
    public static List<Band> Of(IEnumerable<PdfWord> words, PdfRulings rulings)
    {
        var ys = Merge(rulings.Horizontals.Select(h => h.Y));
        if (ys.Length < 2 || rulings.Verticals.Count == 0)
        {
            return Of(words);
        }

        var covered = Cover(rulings.Verticals);
        var bands = new List<Band>();
        foreach (var slot in words.GroupBy(w => SlotOf(ys, w.YCenter)).OrderBy(g => g.Key))
        {
            var isRow = slot.Key > 0 && slot.Key < ys.Length && Covers(covered, (ys[slot.Key - 1] + ys[slot.Key]) / 2);
            if (isRow)
            {
                bands.Add(new Band([.. slot.OrderBy(w => w.YMin).ThenBy(w => w.XMin)]) { Slot = slot.Key });
            }
            else
            {
                bands.AddRange(Of(slot));
            }
        }

        return bands;
    }

    /// <summary>Sorted positions with those less than a point apart (a border's two edges, touching cells) made one.</summary>
    private static double[] Merge(IEnumerable<double> positions)
    {
        var merged = new List<double>();
        foreach (var y in positions.Order())
        {
            if (merged.Count == 0 || y - merged[^1] > 1)
            {
                merged.Add(y);
            }
        }

        return [.. merged];
    }

    /// <summary>How many rulings lie above <paramref name="y"/> (binary search).</summary>
    private static int SlotOf(double[] ys, double y)
    {
        var (low, high) = (0, ys.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (ys[middle] < y)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The union of the vertical rulings' extents, as disjoint sorted stretches.</summary>
    private static List<(double From, double To)> Cover(IEnumerable<PdfRulings.Vertical> verticals)
    {
        var cover = new List<(double From, double To)>();
        foreach (var v in verticals.OrderBy(v => v.YMin))
        {
            if (cover.Count > 0 && v.YMin <= cover[^1].To + 1)
            {
                cover[^1] = (cover[^1].From, Math.Max(cover[^1].To, v.YMax));
            }
            else
            {
                cover.Add((v.YMin, v.YMax));
            }
        }

        return cover;
    }

    private static bool Covers(List<(double From, double To)> cover, double y)
    {
        var (low, high) = (0, cover.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (cover[middle].To < y)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < cover.Count && cover[low].From <= y;
    }

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
