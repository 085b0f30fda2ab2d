using System.Text;
using System.Text.Json;
using DutyLists.Data;
using DutyLists.Data.Importing;
using DutyLists.Import;
using DutyLists.Web.Commands;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DutyLists.Web.Tests.Admin;

/// <summary>
/// <c>backup &lt;file&gt;</c> copies a running SQLite deployment consistently: a backup taken while a revised list is
/// being imported holds the township's old revision whole or its new one whole, and restores into a working app.
/// </summary>
public sealed class BackupTests(ITestOutputHelper log) : FreshAppTests
{
    [SqliteFact]
    public async Task BackupsTakenDuringImportsHoldWholeRevisionsAndOneRestoresIntoAWorkingApp()
    {
        var reader = App.Services.GetRequiredService<DutyListReader>();
        var importer = App.Services.GetRequiredService<RevisionImporter>();
        var revisedA = reader.Read("三台镇-修订.txt", Encoding.UTF8.GetBytes(Uploads.Seed004WithoutBasicItem5()));
        var revisedB = reader.Read("三台镇.txt", Encoding.UTF8.GetBytes(Uploads.Seed004 + "\n"));
        // One import alone, timed, so that the backups below start from its beginning to past its end.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await importer.ImportAsync(revisedB, "admin");
        var importTime = clock.Elapsed;
        var backups = new List<(string File, int Before, int After)>();
        for (var round = 0; round < 6; round++)
        {
            var before = await CurrentNumberAsync(App.Services);
            var file = Path.Combine(App.TempFolder, $"backup-{round}.db");
            clock.Restart();
            var import = Task.Run(() => importer.ImportAsync(round % 2 == 0 ? revisedA : revisedB, "admin"));
            await Task.Delay(importTime * round / 3);

            var (code, output, error) = await RunAsync(file);

            var outcome = await import;
            log.WriteLine($"round {round}: backup started at {importTime * round / 3}, import done after {clock.Elapsed}");
            Assert.True(code == 0, error);
            Assert.Contains("完整性检查通过", output, StringComparison.Ordinal);
            backups.Add((file, before, outcome.RevisionNumber));
        }

        // Every revision in a backup has all the duties the live database has for it: none is half written.
        var live = await DutiesPerRevisionAsync(App.DatabaseFile);
        var found = new List<int>();
        foreach (var (file, before, after) in backups)
        {
            Assert.Equal("ok", await ScalarAsync(file, "PRAGMA integrity_check"));
            var copy = await DutiesPerRevisionAsync(file);
            Assert.All(copy, r => Assert.Equal(live[r.Key], r.Value));
            var current = Convert.ToInt32(await ScalarAsync(file, "SELECT r.Number FROM Townships t JOIN Revisions r ON r.Id = t.CurrentRevisionId WHERE t.Name = '三台镇'"), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains(current, new[] { before, after });
            found.Add(current == after ? 1 : 0);
        }

        log.WriteLine($"import {importTime.TotalMilliseconds:F0} ms; {found.Count(f => f == 1)} of {found.Count} backups hold the new revision, the others the old");

        // Restored in place of a new deployment's database, the last backup serves its lists.
        using var restored = new DutyListsFactory();
        File.Copy(backups[^1].File, restored.DatabaseFile);
        using var client = restored.CreateClient();
        var townships = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/townships", UriKind.Relative))).RootElement;
        var santai = townships.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "三台镇");
        var counts = santai.GetProperty("counts");
        Assert.Equal(
            await ScalarAsync(backups[^1].File, "SELECT COUNT(*) FROM Duties d JOIN Townships t ON d.RevisionId = t.CurrentRevisionId WHERE t.Name = '三台镇'"),
            (long)(counts.GetProperty("basic").GetInt32() + counts.GetProperty("cooperative").GetInt32() + counts.GetProperty("reclaimed").GetInt32()));
    }

    [SqliteFact]
    public async Task ABackupNeverOverwritesAFile()
    {
        var file = Path.Combine(App.TempFolder, "existing.db");
        await File.WriteAllTextAsync(file, "keep me");

        var (code, _, error) = await RunAsync(file);

        Assert.Equal(1, code);
        Assert.Contains("已存在", error, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(file));
    }

    [PostgresFact]
    public async Task OnPostgresTheCommandNamesPgDumpAndPgRestore()
    {
        var file = Path.Combine(App.TempFolder, "dutylists.db");

        var (code, _, error) = await RunAsync(file);

        Assert.Equal(1, code);
        Assert.Contains("pg_dump -Fc", error, StringComparison.Ordinal);
        Assert.Contains("pg_restore --clean --if-exists", error, StringComparison.Ordinal);
        Assert.Contains(App.PostgresDatabase, error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(string file)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await BackupCommand.RunAsync(App.Services, [file], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static async Task<int> CurrentNumberAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<DutyListsDbContext>>().CreateDbContextAsync();
        return await db.Townships.Where(t => t.Name == "三台镇").Select(t => t.CurrentRevision!.Number).SingleAsync();
    }

    private static async Task<Dictionary<long, long>> DutiesPerRevisionAsync(string file)
    {
        await using var connection = Open(file);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT r.Id, (SELECT COUNT(*) FROM Duties d WHERE d.RevisionId = r.Id) FROM Revisions r";
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<long, long>();
        while (await reader.ReadAsync())
        {
            counts[reader.GetInt64(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    private static async Task<object?> ScalarAsync(string file, string sql)
    {
        await using var connection = Open(file);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
