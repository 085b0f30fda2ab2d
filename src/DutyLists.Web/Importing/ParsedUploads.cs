using DutyLists.Data.Importing;
using DutyLists.Import;
using DutyLists.Import.Model;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace DutyLists.Web.Importing;

/// <summary>
/// The parsed list of each staged upload, so that the preview page parses its file once rather than on every GET
/// and POST. An upload staged on another instance (or evicted here) is parsed once on first use and kept.
/// The cache is this class's own, bounded by the number of duties it holds.
/// </summary>
public sealed class ParsedUploads(DutyListReader reader, IOptions<ImportOptions> options) : IDisposable
{
    private static readonly TimeSpan Idle = TimeSpan.FromHours(1);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = options.Value.PreviewCacheDuties });

    /// <summary>Keeps the list parsed when the file was uploaded.</summary>
    public void Keep(Guid id, ParsedList list) =>
        _cache.Set(id, list, new MemoryCacheEntryOptions { Size = Math.Max(1, list.Duties.Count), SlidingExpiration = Idle });

    /// <summary>The kept list, or the staged file parsed now (and kept); refusals are thrown as the reader throws them.</summary>
    public ParsedList GetOrParse(StagedUpload staged, CancellationToken ct)
    {
        if (_cache.TryGetValue(staged.Id, out ParsedList? list) && list is not null)
        {
            return list;
        }

        list = reader.Read(staged.FileName, staged.Content, staged.Metadata, ct);
        Keep(staged.Id, list);
        return list;
    }

    public void Forget(Guid id) => _cache.Remove(id);

    public void Dispose() => _cache.Dispose();
}
