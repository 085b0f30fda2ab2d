namespace DutyLists.Import.Model;

/// <summary>
/// Facts a document does not state, supplied beside it as <c>&lt;document&gt;.meta.json</c> or by the admin at import time.
/// A value given here fills a gap; it never overrides what the document says.
/// </summary>
public sealed record DocumentMetadata
{
    public string? Township { get; init; }
    public string? County { get; init; }
    public string? Prefecture { get; init; }
    public string? Region { get; init; }
    public string? DocumentDate { get; init; }
}
