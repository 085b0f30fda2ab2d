using System.Text.Json;
using DutyLists.Data.Model;
using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Importing;

/// <summary>Uploaded documents between preview and confirmation.</summary>
public sealed class StagedImports(IDbContextFactory<DutyListsDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>Abandoned uploads are dropped after this long.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    public async Task<Guid> StageAsync(string fileName, byte[] content, DocumentMetadata? metadata, bool newTownshipConfirmed, string user, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now - Lifetime;
        await db.StagedImports.Where(s => s.UploadedAtUtc < cutoff).ExecuteDeleteAsync(ct);
        var staged = new StagedImport
        {
            Id = Guid.NewGuid(),
            FileName = fileName,
            Content = content,
            MetadataJson = metadata is null ? null : JsonSerializer.Serialize(metadata),
            NewTownshipConfirmed = newTownshipConfirmed,
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
                staged.NewTownshipConfirmed, staged.UploadedBy, staged.UploadedAtUtc);
    }

    public async Task RemoveAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await db.StagedImports.Where(s => s.Id == id).ExecuteDeleteAsync(ct);
    }
}

/// <summary>A staged upload as the preview page reads it.</summary>
public sealed record StagedUpload(Guid Id, string FileName, byte[] Content, DocumentMetadata? Metadata, bool NewTownshipConfirmed, string UploadedBy, DateTime UploadedAtUtc);
