namespace DutyLists.Import.Model;

/// <summary>
/// Facts about a document supplied beside it as <c>&lt;document&gt;.meta.json</c>, or by the admin at import time on the
/// upload form or the command line. A metadata file's value fills a gap and never overrides what the document says;
/// a value the admin gives (<see cref="Source"/> <see cref="PlaceSource.Form"/> or <see cref="PlaceSource.CommandLine"/>)
/// wins over the document, and the preview says so.
/// </summary>
public sealed record DocumentMetadata
{
    public string? Township { get; init; }
    public string? County { get; init; }
    public string? Prefecture { get; init; }
    public string? Region { get; init; }
    public string? DocumentDate { get; init; }

    /// <summary>Where these values come from; a metadata file unless said otherwise.</summary>
    public PlaceSource Source { get; init; } = PlaceSource.MetadataFile;

    /// <summary>Values consulted after these, e.g. the metadata file beside a document imported with <c>--county</c>.</summary>
    public DocumentMetadata? Beneath { get; init; }

    /// <summary>Whether these values win over the document's.</summary>
    public bool Overrides => Source is PlaceSource.Form or PlaceSource.CommandLine;

    /// <summary>This layer and the ones beneath it, first to last.</summary>
    public IEnumerable<DocumentMetadata> Layers()
    {
        for (var layer = this; layer is not null; layer = layer.Beneath)
        {
            yield return layer;
        }
    }

    /// <summary>The document date: the first layer that gives one.</summary>
    public string? Date => Layers().Select(l => l.DocumentDate).FirstOrDefault(d => d is not null);
}
