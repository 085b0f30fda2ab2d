using System.Data.Common;
using Bunit;
using DutyLists.Data;
using DutyLists.Web.Accounts;
using DutyLists.Web.Commands;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DutyLists.Web.Tests.Admin;

/// <summary>
/// A disk that fills up during an import: the admin's confirm is answered on the preview page with what happened and that nothing was saved, the command line a
/// message and exit code 1, and the database keeps its old revision, intact. SQLite only: the disk is filled with
/// <c>PRAGMA max_page_count</c> on the app's connections (the data tests cover PostgreSQL's disk_full error).
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private readonly FullDiskApp _app = new();

    public void Dispose() => _app.Dispose();

    [SqliteFact]
    public async Task AConfirmThatRunsOutOfDiskShowsNothingWasSavedAndTheOldRevisionStays()
    {
        await using var pages = new AdminPages(_app, "王管理", Roles.Admin);
        var preview = pages.PreviewOnPage((await _app.StageAsync("三台镇-修订.txt", Uploads.Seed004WithoutBasicItem5())).StagedId!.Value);
        var before = await StateAsync();
        await _app.Limit.ArmAsync(_app.Services);

        preview.Find("[data-testid=confirm-import]").Click();
        pages.AnswerDialog(confirm: true);
        var message = preview.WaitForElement("[data-testid=import-error]", AdminPages.Patience).TextContent;

        _app.Limit.Disarm();
        Assert.Contains("磁盘空间不足", message, StringComparison.Ordinal);
        Assert.Contains("三台镇的清单未保存，数据库没有任何变化", message, StringComparison.Ordinal);
        await AssertUnchangedAsync(before);
    }

    [SqliteFact]
    public async Task AnImportFromTheCommandLineThatRunsOutOfDiskSaysSoAndExitsWith1()
    {
        var file = Path.Combine(_app.TempFolder, "三台镇-修订.txt");
        await File.WriteAllTextAsync(file, Uploads.Seed004WithoutBasicItem5());
        var before = await StateAsync();
        await _app.Limit.ArmAsync(_app.Services);
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await ImportCommand.RunAsync(_app.Services, [file], output, error);

        _app.Limit.Disarm();
        Assert.Equal(1, code);
        Assert.StartsWith("无法导入：磁盘空间不足", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("未保存，数据库没有任何变化", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error.ToString(), StringComparison.Ordinal);
        await AssertUnchangedAsync(before);
    }

    private async Task<(int Revisions, int Duties, int? Current)> StateAsync()
    {
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<DutyListsDbContext>>().CreateDbContextAsync();
        return (await db.Revisions.CountAsync(), await db.Duties.CountAsync(),
            await db.Townships.Where(t => t.Name == "三台镇").Select(t => t.CurrentRevisionId).SingleAsync());
    }

    private async Task AssertUnchangedAsync((int Revisions, int Duties, int? Current) before)
    {
        Assert.Equal(before, await StateAsync());
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<DutyListsDbContext>>().CreateDbContextAsync();
        Assert.Equal(["ok"], await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync());
    }

    private sealed class FullDiskApp : DutyListsFactory
    {
        public PageLimit Limit { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.ConfigureDbContext<DutyListsDbContext>(o => o.AddInterceptors(Limit)));
        }
    }

    /// <summary>Once armed, every new connection may not grow the database beyond its current size: the disk is full.</summary>
    private sealed class PageLimit : DbConnectionInterceptor
    {
        private long? _pages;

        public async Task ArmAsync(IServiceProvider services)
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<DutyListsDbContext>>().CreateDbContextAsync();
            _pages = (await db.Database.SqlQueryRaw<long>("PRAGMA page_count").ToListAsync()).Single();
        }

        public void Disarm() => _pages = null;

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Limit(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
        {
            Limit(connection);
            return Task.CompletedTask;
        }

        private void Limit(DbConnection connection)
        {
            if (_pages is { } pages && connection is SqliteConnection)
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"PRAGMA max_page_count = {pages}";
                command.ExecuteNonQuery();
            }
        }
    }
}
