using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DutyLists.Data;
using DutyLists.Data.Importing;
using DutyLists.Import;
using DutyLists.Import.Model;
using DutyLists.Web.Api;
using DutyLists.Web.Importing;
using DutyLists.Web.Setup;

namespace DutyLists.Web.Commands;

/// <summary>
/// <c>import &lt;file&gt; [--dry-run] [--json] [--county X] [--prefecture X] [--region X] [--township X] [--new-township] [--replace-all-lists]</c>:
/// the upload page's preview and confirmation in one step, for scripted updates. Prints the diff against the
/// township's current revision; stores it as a new revision unless <c>--dry-run</c>. Exit codes: 0 done,
/// 1 the document was refused, the database could not save it (full, or data it refuses) or the import failed (one
/// line on standard error, never a stack trace), 2 bad arguments, 3 a conflicting change came first.
/// </summary>
public static class ImportCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        if (!ImportArguments.TryParse(args, out var arguments, out var usageError))
        {
            await error.WriteLineAsync(usageError);
            await error.WriteLineAsync("用法：import <文件> [--dry-run] [--json] [--county 县] [--prefecture 地州] [--region 省区] [--township 乡镇] [--new-township] [--replace-all-lists]");
            return 2;
        }

        var path = Locate(arguments.File, services.GetRequiredService<IWebHostEnvironment>().ContentRootPath);
        try
        {
            if (!File.Exists(path))
            {
                throw new DocumentRejectedException(Path.GetFileName(path), 0, "找不到该文件。");
            }

            var length = new FileInfo(path).Length;
            if (length > UploadLimits.MaxFileBytes)
            {
                throw new DocumentRejectedException(Path.GetFileName(path), 0, $"文件大小 {length / 1024 / 1024} MB，超过 20 MB 的上限。");
            }

            // The same reader, limits and deadline as the upload page: a bomb is refused here as it is there.
            var metadata = Merge(arguments.Metadata, DutyListReader.ReadMetadataBeside(path));
            var previewer = services.GetRequiredService<ImportPreviewer>();
            var scope = arguments.ReplaceAllLists ? ImportScope.AllLists : ImportScope.ListsInDocument;
            var preview = await previewer.PreviewAsync(Path.GetFileName(path), await File.ReadAllBytesAsync(path, ct), metadata, arguments.NewTownship, scope, ct);

            ImportOutcome? outcome = null;
            if (!arguments.DryRun && !preview.SameDocumentAsCurrent)
            {
                outcome = await services.GetRequiredService<RevisionImporter>()
                    .ImportAsync(preview.List, "cli:" + Environment.UserName, preview.Base, preview.Scope, ct);
            }

            await (arguments.Json ? WriteJsonAsync(output, preview, outcome, arguments.DryRun) : WriteTextAsync(output, preview, outcome, arguments.DryRun));
            return 0;
        }
        catch (DocumentRejectedException e)
        {
            return await FailAsync(arguments, output, error, 1, ImportMessages.Describe(e), e.File, e.Line);
        }
        catch (RevisionConflictException e)
        {
            return await FailAsync(arguments, output, error, 3, e.Message, Path.GetFileName(path), 0);
        }
        catch (Exception e) when (e is not RevisionConflictException && DatabaseErrors.Describe(e) is { } message)
        {
            // A full disk or data the database refuses: rolled back, said as such, no stack trace.
            return await FailAsync(arguments, output, error, 1, message, Path.GetFileName(path), 0);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The database, the disk or the file failed under the command: one line, as for a refused document. An
            // import is one transaction, so what failed before its commit stored nothing.
            return await FailAsync(arguments, output, error, 1, CommandLine.Describe(e), Path.GetFileName(path), 0);
        }
    }

    // `dotnet run --project` starts the app in the project folder, so a path typed at the repository root is also
    // looked for there.
    private static string Locate(string file, string contentRoot)
    {
        var here = Path.GetFullPath(file);
        var fromRoot = Path.GetFullPath(file, AppPaths.Root(contentRoot));
        return !File.Exists(here) && File.Exists(fromRoot) ? fromRoot : here;
    }

    // Options given on the command line win over the document; the metadata file beside it only fills its gaps.
    private static DocumentMetadata? Merge(DocumentMetadata? given, DocumentMetadata? beside) =>
        given is null ? beside : given with { Beneath = beside };

    private static async Task<int> FailAsync(ImportArguments arguments, TextWriter output, TextWriter error, int code, string message, string file, int line)
    {
        await error.WriteLineAsync("无法导入：" + message);
        if (arguments.Json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new { error = message, file, line }, Json));
        }

        return code;
    }

    private static Task WriteJsonAsync(TextWriter output, Data.Importing.ImportPreview preview, ImportOutcome? outcome, bool dryRun)
    {
        var list = preview.List;
        var result = new
        {
            file = list.FileName,
            township = list.Township.Name,
            county = list.Township.County,
            prefecture = list.Township.Prefecture,
            region = list.Township.Region,
            places = list.Places.Select(p => new { part = p.Part, value = p.Value, source = p.Source is { } source ? JsonNamingPolicy.CamelCase.ConvertName(source.ToString()) : null }),
            newTownship = preview.IsNewTownship,
            currentRevision = preview.CurrentRevisionNumber,
            dryRun,
            sameDocumentAsCurrent = preview.SameDocumentAsCurrent,
            importedRevision = outcome?.RevisionNumber,
            counts = list.Lists.ToDictionary(k => k.ToSlug(), k => list.Duties.Count(d => d.Kind == k)),
            warnings = list.Warnings.Select(w => w.ToString()),
            notices = preview.Notices,
            keptLists = preview.Coverage.Kept.Select(k => k.ToSlug()),
            emptiedLists = preview.Coverage.Emptied.Select(k => k.ToSlug()),
            diff = preview.Diff.Summarize().Lists.Select(l => new
            {
                kind = l.Kind.ToSlug(),
                added = l.Added,
                removed = l.Removed,
                changed = l.Changed.Select(c => new { oldNumber = c.OldNumber, newNumber = c.NewNumber, fields = c.Fields.Select(f => JsonNamingPolicy.CamelCase.ConvertName(f.ToString())) }),
                renumbered = l.Renumbered,
                unchanged = l.Unchanged,
            }),
            hasChanges = preview.Diff.HasChanges,
        };
        return output.WriteLineAsync(JsonSerializer.Serialize(result, Json));
    }

    private static async Task WriteTextAsync(TextWriter output, Data.Importing.ImportPreview preview, ImportOutcome? outcome, bool dryRun)
    {
        var list = preview.List;
        await output.WriteLineAsync($"{list.FileName}：{list.Township.Name}（{list.Township.County}）" +
            (preview.IsNewTownship ? "，新乡镇" : $"，当前为第 {preview.CurrentRevisionNumber} 版"));
        foreach (var place in list.Places)
        {
            await output.WriteLineAsync(place.ToString());
        }
        foreach (var warning in list.Warnings)
        {
            await output.WriteLineAsync("警告：" + warning);
        }

        foreach (var notice in preview.Notices)
        {
            await output.WriteLineAsync("注意：" + notice);
        }

        foreach (var l in preview.Diff.Summarize().Lists)
        {
            await output.WriteLineAsync(
                $"{l.Kind.Title()}：新增 {Numbers(l.Added)}，删除 {Numbers(l.Removed)}，修改 {Numbers([.. l.Changed.Select(c => c.NewNumber)])}，仅序号变化 {l.Renumbered} 项，未变 {l.Unchanged} 项");
        }

        await output.WriteLineAsync(
            preview.SameDocumentAsCurrent ? "与当前版本的文件相同，未形成新版本。"
            : dryRun ? "试运行（--dry-run）：未保存任何内容。"
            : $"已导入为第 {outcome!.RevisionNumber} 版，并设为当前版本。");
    }

    private static string Numbers(IReadOnlyList<int> numbers) =>
        numbers.Count == 0 ? "0 项" : $"{numbers.Count} 项（{string.Join("、", numbers)}）";
}
