namespace DutyLists.Import.PdfText;

/// <summary>
/// The categories (事项类别) a fragment of a wrapped or shredded category cell is matched against: the ones
/// observed across the province's lists, extended at parse time with every category the document's own clean
/// rows spell out. A category cell is read from the document; this set only decides where its fragments end.
/// </summary>
internal sealed class KnownCategories
{
    /// <summary>Categories seen in the lists so far (docs/import-formats.md §5.1), the variants included.</summary>
    private static readonly string[] Observed =
    [
        "党的建设", "经济发展", "民生服务", "平安法治", "乡村振兴", "精神文明建设", "社会管理", "安全稳定", "民族宗教",
        "社会保障", "自然资源", "生态环保", "城乡建设", "交通运输", "文化和旅游", "文化旅游", "卫生健康", "应急管理及消防",
        "应急管理", "市场监管", "投资促进", "综合政务", "商贸流通", "教育培训监管",
    ];

    private readonly HashSet<string> _names = new(Observed, StringComparer.Ordinal);

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
