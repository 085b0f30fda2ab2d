using System.Diagnostics;
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
        foreach (var path in SeedDocuments(seedDataPath))
        {
            try
            {
                var started = Stopwatch.GetTimestamp();
                var list = reader.ReadFile(path);
                var parsed = Stopwatch.GetElapsedTime(started);
                imported.Add(await importer.ImportAsync(list, importedBy: null, ct: ct));
                logger.LogInformation("Imported {File}: {Township}, {Duties} duties, {Warnings} warnings (parsed in {ParseMs:F0} ms, stored in {StoreMs:F0} ms).",
                    list.FileName, list.Township.Name, list.Duties.Count, list.Warnings.Count,
                    parsed.TotalMilliseconds, (Stopwatch.GetElapsedTime(started) - parsed).TotalMilliseconds);
            }
            catch (DocumentRejectedException e)
            {
                failed.Add(e);
                logger.LogWarning("Not imported: {Reason}", e.Message);
            }
        }

        return new FirstRunReport(imported, failed, Skipped: false);
    }

    /// <summary>The documents of a seed folder: every top-level file but the metadata files beside them.</summary>
    public static IEnumerable<string> SeedDocuments(string seedDataPath) =>
        Directory.EnumerateFiles(seedDataPath)
            .Where(p => !p.EndsWith(DutyListReader.MetadataSuffix, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
}

/// <summary>What a first run imported and what it could not.</summary>
public sealed record FirstRunReport(IReadOnlyList<ImportOutcome> Imported, IReadOnlyList<DocumentRejectedException> Failed, bool Skipped);
