using System.Diagnostics;
using System.Runtime.CompilerServices;
using DutyLists.Import;
using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DutyLists.Data.Importing;

/// <summary>
/// On an empty database, imports every document in the seed folder, each in its own transaction: a document
/// that fails is logged with its reason and the others still load.
/// </summary>
public sealed class FirstRunImport(
    IDbContextFactory<DutyListsDbContext> contextFactory,
    DutyListReader reader,
    RevisionImporter importer,
    ILogger<FirstRunImport> logger)
{
    public async Task<FirstRunReport> RunAsync(string seedDataPath, CancellationToken ct = default)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(ct))
        {
            if (await db.Townships.AnyAsync(ct))
            {
                return new FirstRunReport([], [], Skipped: true);
            }

            if (!Directory.Exists(seedDataPath))
            {
                logger.LogWarning("Seed folder {Path} does not exist; starting with an empty database.", seedDataPath);
                return new FirstRunReport([], [], Skipped: false);
            }

            await AliasSeeder.SeedAsync(db, seedDataPath, ct);
        }

        var imported = new List<ImportOutcome>();
        var failed = new List<DocumentRejectedException>();

        // Parsing needs no database: the next documents are read on the other cores while this one is stored, and
        // stored in folder order. Only a few parsed documents wait in memory however large the folder is.
        await foreach (var document in ParseAheadAsync(SeedDocuments(seedDataPath), Math.Max(2, Environment.ProcessorCount), ct))
        {
            if (document.Rejected is { } rejected)
            {
                failed.Add(rejected);
                logger.LogWarning("Not imported: {Reason}", rejected.Message);
                continue;
            }

            var list = document.List!;
            var started = Stopwatch.GetTimestamp();
            try
            {
                imported.Add(await importer.ImportAsync(list, importedBy: null, ct: ct));
            }
            catch (RevisionConflictException e)
            {
                // Another instance is importing the same seed folder into the same database; its document stands.
                failed.Add(new DocumentRejectedException(list.FileName, 0, e.Message));
                logger.LogWarning("Not imported: {File}: {Reason}", list.FileName, e.Message);
                continue;
            }

            logger.LogInformation("Imported {File}: {Township}, {Duties} duties, {Warnings} warnings (parsed in {ParseMs:F0} ms, stored in {StoreMs:F0} ms).",
                list.FileName, list.Township.Name, list.Duties.Count, list.Warnings.Count,
                document.ParseTime.TotalMilliseconds, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return new FirstRunReport(imported, failed, Skipped: false);
    }

    /// <summary>The documents parsed in order, up to <paramref name="ahead"/> of them at once on the thread pool.</summary>
    private async IAsyncEnumerable<Parsed> ParseAheadAsync(IEnumerable<string> paths, int ahead, [EnumeratorCancellation] CancellationToken ct)
    {
        var pending = new Queue<Task<Parsed>>();
        foreach (var path in paths)
        {
            pending.Enqueue(Task.Run(() => Parse(path), ct));
            if (pending.Count > ahead)
            {
                yield return await pending.Dequeue();
            }
        }

        while (pending.Count > 0)
        {
            yield return await pending.Dequeue();
        }
    }

    private Parsed Parse(string path)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return new Parsed(reader.ReadFile(path), null, Stopwatch.GetElapsedTime(started));
        }
        catch (DocumentRejectedException e)
        {
            return new Parsed(null, e, Stopwatch.GetElapsedTime(started));
        }
    }

    private sealed record Parsed(ParsedList? List, DocumentRejectedException? Rejected, TimeSpan ParseTime);

    /// <summary>The documents of a seed folder: every top-level file but the metadata files beside them.</summary>
    public static IEnumerable<string> SeedDocuments(string seedDataPath) =>
        Directory.EnumerateFiles(seedDataPath)
            .Where(p => !p.EndsWith(DutyListReader.MetadataSuffix, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
}

/// <summary>What a first run imported and what it could not.</summary>
public sealed record FirstRunReport(IReadOnlyList<ImportOutcome> Imported, IReadOnlyList<DocumentRejectedException> Failed, bool Skipped);
