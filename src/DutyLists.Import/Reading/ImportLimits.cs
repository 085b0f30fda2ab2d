namespace DutyLists.Import.Reading;

/// <summary>
/// How much work one document may ask of the reader. Every limit is far above what a real duty list needs (the
/// largest seed document has 6,711 lines, cells of 1,098 characters and 38 tags) and far below what would exhaust
/// the server: a file over a limit is refused with a message naming the limit, before it can take the memory or
/// the time. Bound from the <c>Import:Limits</c> configuration section; see docs/decisions/0012-upload-limits.md.
/// </summary>
public sealed record ImportLimits
{
    /// <summary>The defaults, used wherever no configuration is given.</summary>
    public static ImportLimits Default { get; } = new();

    /// <summary>The whole read of one document, extraction and parsing together.</summary>
    public TimeSpan ParseTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The expanded size of one part (file) inside a .docx or .xlsx package.</summary>
    public long MaxPartBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>The expanded size of all parts of a package together.</summary>
    public long MaxPackageBytes { get; init; } = 96L * 1024 * 1024;

    /// <summary>The number of parts in a package.</summary>
    public int MaxParts { get; init; } = 2_000;

    /// <summary>The XML elements in one part of a package, counted before any of it is loaded.</summary>
    public int MaxXmlElements { get; init; } = 1_000_000;

    /// <summary>How deep the XML elements of a part may nest.</summary>
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>Rows of a worksheet or table, lines of a text, and the highest row number a worksheet may name.</summary>
    public int MaxRows { get; init; } = 100_000;

    /// <summary>Columns of a row: a cell reference such as <c>ALL1</c> and a merged cell's span count against it.</summary>
    public int MaxColumns { get; init; } = 1_000;

    /// <summary>Characters in one cell; Excel's own limit is 32,767.</summary>
    public int MaxCellChars { get; init; } = 32_767;

    /// <summary>HTML tags in one cell's markup.</summary>
    public int MaxCellTags { get; init; } = 1_000;

    /// <summary>How deep the HTML elements of one cell may nest (unclosed tags count as open).</summary>
    public int MaxCellNesting { get; init; } = 64;

    /// <summary>Characters of the whole document's text, as decoded or extracted.</summary>
    public int MaxTextChars { get; init; } = 32 * 1024 * 1024;
}
