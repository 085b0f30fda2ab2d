using System.Text.Json;
using DutyLists.Data.Model;
using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Importing;

/// <summary>Uploaded documents between preview and confirmation; those never confirmed are removed by age.</summary>
public sealed class StagedImports(IDbContextFactory<DutyListsDbContext> contextFactory, TimeProvider clock)
{
    public Task<Guid> StageAsync(string fileName, byte[] content, DocumentMetadata? metadata, bool newTownshipConfirmed, string user, CancellationToken ct = default) =>
        StageAsync(fileName, content, metadata, newTownshipConfirmed, ImportScope.ListsInDocument, user, ct);

    /// <summary>Stages an upload with the admin's choice for lists the document lacks: keep them (the default) or empty them.</summary>
    public async Task<Guid> StageAsync(string fileName, byte[] content, DocumentMetadata? metadata, bool newTownshipConfirmed, ImportScope scope, string user, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var staged = new StagedImport
        {
            Id = Guid.NewGuid(),
            FileName = fileName,
            Content = content,
            MetadataJson = metadata is null ? null : JsonSerializer.Serialize(metadata),
            NewTownshipConfirmed = newTownshipConfirmed,
            ReplacesAllLists = scope == ImportScope.AllLists,
            UploadedBy = user,
            UploadedAtUtc = now,
        };
        db.StagedImports.Add(staged);
        await db.SaveChangesAsync(ct);
        return staged.Id;
    }

    public async Task<StagedUpload?> FindAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var staged = await db.StagedImports.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        return staged is null
            ? null
            : new StagedUpload(staged.Id, staged.FileName, staged.Content,
                staged.MetadataJson is null ? null : JsonSerializer.Deserialize<DocumentMetadata>(staged.MetadataJson),
                staged.NewTownshipConfirmed, staged.UploadedBy, staged.UploadedAtUtc)
            {
                Scope = staged.ReplacesAllLists ? ImportScope.AllLists : ImportScope.ListsInDocument,
            };
    }

    /// <summary>Removes the uploads staged before <paramref name="cutoffUtc"/> (abandoned previews); returns their ids.</summary>
    public async Task<IReadOnlyList<Guid>> RemoveOlderThanAsync(DateTime cutoffUtc, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var expired = await db.StagedImports.Where(s => s.UploadedAtUtc < cutoffUtc).Select(s => s.Id).ToListAsync(ct);
        if (expired.Count > 0)
        {
            await db.StagedImports.Where(s => s.UploadedAtUtc < cutoffUtc).ExecuteDeleteAsync(ct);
        }

        return expired;
    }

    public async Task RemoveAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await db.StagedImports.Where(s => s.Id == id).ExecuteDeleteAsync(ct);
    }
}

/// <summary>A staged upload as the preview page reads it.</summary>
public sealed record StagedUpload(Guid Id, string FileName, byte[] Content, DocumentMetadata? Metadata, bool NewTownshipConfirmed, string UploadedBy, DateTime UploadedAtUtc)
{
    /// <summary>What the admin chose for lists the document lacks: keep them (the default) or empty them.</summary>
    public ImportScope Scope { get; init; } = ImportScope.ListsInDocument;
}
