using DutyLists.Import.Model;

namespace DutyLists.Import.PdfText;

/// <summary>
/// The categories (事项类别) a fragment of a wrapped or shredded category cell is matched against: the ones
/// observed across the province's lists, extended at parse time with every category the document's own clean
/// rows spell out. A category cell is read from the document; this set only decides where its fragments end.
/// </summary>
internal sealed class KnownCategories
{
    private readonly HashSet<string> _names = new(ListVocabulary.ObservedCategories, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => _names;

    public bool Contains(string category) => _names.Contains(category);

    /// <summary>Adds categories read from rows whose category cell was not wrapped.</summary>
    public void AddFromDocument(IEnumerable<string> categories)
    {
        foreach (var category in categories)
        {
            _names.Add(category);
        }
    }

    /// <summary>The longest known category the text starts with (<c>生态环保源地保护工</c> → 生态环保), or null.</summary>
    public string? LongestPrefixOf(string text) =>
        _names.Where(n => text.StartsWith(n, StringComparison.Ordinal)).MaxBy(n => n.Length);
}
