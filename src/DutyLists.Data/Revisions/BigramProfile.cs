namespace DutyLists.Data.Revisions;

/// <summary>
/// A text's character bigrams, sorted once, so that comparing it with many others costs a merge and no allocation.
/// <see cref="Similarity"/> is the same Dice coefficient as <see cref="Search.TextNormalization.Similarity"/>.
/// </summary>
internal readonly struct BigramProfile
{
    private readonly string _text;
    private readonly uint[] _bigrams;

    public BigramProfile(string text)
    {
        _text = text;
        _bigrams = new uint[Math.Max(0, text.Length - 1)];
        for (var i = 0; i < _bigrams.Length; i++)
        {
            _bigrams[i] = ((uint)text[i] << 16) | text[i + 1];
        }

        Array.Sort(_bigrams);
    }

    /// <summary>The most <see cref="Similarity"/> could give, from the lengths alone.</summary>
    public double UpperBound(BigramProfile other) =>
        _text == other._text ? 1
        : _bigrams.Length == 0 || other._bigrams.Length == 0 ? 0
        : 2.0 * Math.Min(_bigrams.Length, other._bigrams.Length) / (_bigrams.Length + other._bigrams.Length);

    public double Similarity(BigramProfile other)
    {
        if (_text == other._text)
        {
            return 1;
        }

        var (a, b) = (_bigrams, other._bigrams);
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        // Multiset intersection of two sorted arrays.
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return 2.0 * shared / (a.Length + b.Length);
    }
}
