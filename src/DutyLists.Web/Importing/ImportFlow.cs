using DutyLists.Data;
using DutyLists.Data.Importing;
using DutyLists.Import.Model;

namespace DutyLists.Web.Importing;

/// <summary>What the admin gave with a file: its name and size as the browser reports them, and the form's choices.</summary>
public sealed record UploadRequest(string FileName, long Size)
{
    /// <summary>The place typed on the form: it wins over the document, and the preview says where each value came from.</summary>
    public DocumentMetadata? Metadata { get; init; }

    /// <summary>A township of the same name exists in another county and this one is meant as a new township.</summary>
    public bool NewTownship { get; init; }

    /// <summary>Whether the lists the file lacks are carried over (the default) or emptied.</summary>
    public ImportScope Scope { get; init; } = ImportScope.ListsInDocument;
}

/// <summary>A staged upload ready to preview, or the reason it was refused (file, line, reason); nothing is stored on a refusal.</summary>
public sealed record UploadResult(Guid? StagedId, string? Error);

/// <summary>A staged upload and its preview against the township's current revision; or why there is none.</summary>
public sealed record PreviewResult(StagedUpload? Staged, ImportPreview? Preview, string? Error)
{
    public bool Found => Staged is not null;
}

/// <summary>The stored revision, or why nothing was stored.</summary>
public sealed record ConfirmResult(ImportOutcome? Outcome, string? Error, bool StorageFull = false);

/// <summary>
/// The admin's import, step by step as the import pages drive it: upload (checked, read within the size limit,
/// parsed and previewed before anything is staged), preview, confirm or cancel. No step throws for what a person
/// can cause (a bad file, a lost race, a full disk): each returns the message to show, and a refusal changes nothing.
/// </summary>
public sealed class ImportFlow(ImportPreviewer previewer, StagedImports staging, RevisionImporter importer, ParsedUploads parsed, ILogger<ImportFlow> log)
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>Why a file is refused before any of it is read (empty, too large, a type the importer does not read); null if it may be read.</summary>
    public static string? Refusal(string fileName, long size)
    {
        var extension = Path.GetExtension(fileName);
        return size switch
        {
            <= 0 => $"{fileName}：文件为空。",
            > UploadLimits.MaxFileBytes => $"{fileName}：文件大小 {size / 1024.0 / 1024.0:0.#} MB，超过 20 MB 的上限，未被接收。",
            _ when !UploadLimits.Extensions.Contains(extension.ToLowerInvariant()) =>
                $"{fileName}：不支持的文件类型“{extension}”。可接受：{string.Join("、", UploadLimits.Extensions)}。",
            _ => null,
        };
    }

    /// <summary>
    /// Reads <paramref name="content"/> (at most <see cref="UploadLimits.MaxFileBytes"/>, whatever the browser said
    /// its size was), previews it and stages it for confirmation. <paramref name="progress"/> hears the bytes read so far.
    /// </summary>
    public async Task<UploadResult> UploadAsync(UploadRequest request, Stream content, string user, IProgress<long>? progress = null, CancellationToken ct = default)
    {
        var fileName = Path.GetFileName(request.FileName);
        if (Refusal(fileName, request.Size) is { } refusal)
        {
            return new(null, refusal);
        }

        byte[]? bytes;
        try
        {
            bytes = await ReadBoundedAsync(content, request.Size, progress, ct);
        }
        catch (IOException e)
        {
            // The browser's stream refuses to go past the size the page allowed, and a dropped connection ends here too.
            log.LogInformation(e, "Upload of {File} by {User} could not be read", fileName, user);
            return new(null, $"{fileName}：文件未能完整接收（{e.Message}）。");
        }

        if (bytes is null)
        {
            return new(null, $"{fileName}：文件超过 20 MB 的上限，未被接收。");
        }

        if (bytes.Length == 0)
        {
            return new(null, Refusal(fileName, 0));
        }

        ImportPreview preview;
        try
        {
            // Read once here, so that a bad file is refused before anything is staged; the preview then uses this parse.
            preview = await previewer.PreviewAsync(fileName, bytes, request.Metadata, request.NewTownship, request.Scope, ct);
        }
        catch (DocumentRejectedException e)
        {
            return new(null, ImportMessages.Describe(e));
        }

        try
        {
            var id = await staging.StageAsync(fileName, bytes, request.Metadata, request.NewTownship, request.Scope, user, ct);
            parsed.Keep(id, preview.Read);
            return new(id, null);
        }
        catch (Exception e) when (DatabaseErrors.Describe(e) is { } message)
        {
            log.LogWarning(e, "Upload of {File} by {User} could not be staged", fileName, user);
            return new(null, message);
        }
    }

    /// <summary>The staged upload and its diff against the township as it is now (it may have changed since the upload).</summary>
    public async Task<PreviewResult> PreviewAsync(Guid id, CancellationToken ct = default)
    {
        var staged = await staging.FindAsync(id, ct);
        if (staged is null)
        {
            return new(null, null, null);
        }

        try
        {
            var list = parsed.GetOrParse(staged, ct);
            return new(staged, await previewer.PreviewAsync(list, staged.NewTownshipConfirmed, staged.Scope, ct), null);
        }
        catch (DocumentRejectedException e)
        {
            // The file was readable when staged; the database may have changed since (a township created elsewhere).
            return new(staged, null, ImportMessages.Describe(e));
        }
    }

    /// <summary>
    /// Stores the staged upload as the township's new current revision, provided the township is still at
    /// <paramref name="expected"/> (as the admin saw it in the preview), then removes the staged upload.
    /// </summary>
    public async Task<ConfirmResult> ConfirmAsync(Guid id, ImportBase expected, string user, CancellationToken ct = default)
    {
        var staged = await staging.FindAsync(id, ct);
        if (staged is null)
        {
            return new(null, "没有找到这次上传：它已经导入、已取消，或因长时间未确认而被清除。数据库没有任何变化。");
        }

        try
        {
            var outcome = await importer.ImportAsync(parsed.GetOrParse(staged, ct), user, expected, staged.Scope, ct);
            await staging.RemoveAsync(id, ct);
            parsed.Forget(id);
            log.LogInformation("Upload {File} confirmed by {User} as revision {Revision} of township {TownshipId}",
                staged.FileName, user, outcome.RevisionNumber, outcome.TownshipId);
            return new(outcome, null);
        }
        catch (DocumentRejectedException e)
        {
            return new(null, ImportMessages.Describe(e) + " 数据库没有任何变化。");
        }
        catch (RevisionConflictException e)
        {
            return new(null, e.Message);
        }
        catch (Exception e) when (DatabaseErrors.Describe(e) is { } message)
        {
            log.LogWarning(e, "Upload {File} confirmed by {User} was not saved", staged.FileName, user);
            return new(null, message, e is ListNotSavedException { StorageFull: true } || DatabaseErrors.IsStorageFull(e));
        }
    }

    /// <summary>Drops the staged upload; nothing else changes.</summary>
    public async Task CancelAsync(Guid id, CancellationToken ct = default)
    {
        await staging.RemoveAsync(id, ct);
        parsed.Forget(id);
    }

    /// <summary>
    /// The content, or null if it runs past the limit (a stream longer than its stated size is caught without being
    /// held whole). The buffer starts at the stated size, itself within the limit.
    /// </summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream content, long statedSize, IProgress<long>? progress, CancellationToken ct)
    {
        using var buffer = new MemoryStream((int)Math.Clamp(statedSize, 0, UploadLimits.MaxFileBytes));
        var chunk = new byte[ChunkBytes];
        long total = 0;
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            total += read;
            if (total > UploadLimits.MaxFileBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
            progress?.Report(total);
        }

        return buffer.ToArray();
    }
}
