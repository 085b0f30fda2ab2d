using System.Net;
using DutyLists.Data;
using DutyLists.Import;
using DutyLists.Import.Model;
using DutyLists.Import.PdfText;
using DutyLists.Import.Reading;
using DutyLists.Import.Sheets;
using DutyLists.Import.TableText;
using DutyLists.Web.Accounts;
using DutyLists.Web.Commands;
using DutyLists.Web.Importing;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DutyLists.Web.Tests.Admin;

/// <summary>A staged upload is parsed once for all its previews, and removed when it is never confirmed.</summary>
public sealed class StagedUploadTests : IDisposable
{
    private readonly CountingFactory _app = new();

    [Fact]
    public async Task APreviewParsesItsFileOnceHoweverOftenItIsShown()
    {
        var admin = await _app.SignedInClientAsync(Roles.Admin);
        var before = _app.Parses;
        var upload = await _app.StageAsync("三台镇-修订.txt", Uploads.Seed004WithoutBasicItem5());
        var parsedOnUpload = _app.Parses - before;

        // Each GET prerenders the page, and a circuit would load it once more: none parses the file again.
        var previewUrl = upload.PreviewUrl();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("1", (await admin.GetPage(previewUrl)).QuerySelector("[data-count=removed]")!.TextContent);
        }

        Assert.Equal(1, parsedOnUpload);
        Assert.Equal(parsedOnUpload, _app.Parses - before);
    }

    [Fact]
    public async Task AnUploadNeverConfirmedIsRemovedOnceOlderThanItsLifetime()
    {
        var admin = await _app.SignedInClientAsync(Roles.Admin);
        var previewUrl = (await _app.StageAsync("三台镇-修订.txt", Uploads.Seed004WithoutBasicItem5())).PreviewUrl();
        var expiry = _app.Services.GetServices<IHostedService>().OfType<StagedUploadExpiry>().Single();

        await expiry.SweepAsync(TimeSpan.FromHours(24), CancellationToken.None);
        Assert.Equal(1, await StagedCountAsync());

        await expiry.SweepAsync(TimeSpan.Zero, CancellationToken.None);
        Assert.Equal(0, await StagedCountAsync());
        await admin.GetPage(previewUrl, HttpStatusCode.NotFound);
    }

    /// <summary>
    /// The database fails as the import stores its revision (a full disk, simulated by a trigger): one line, a non-zero
    /// exit code, nothing stored. (Which code depends on how the store reports it; never a stack trace.)
    /// </summary>
    [Fact]
    public async Task ADatabaseFailureWhileStoringIsOneLineAndStoresNothing()
    {
        var file = await WriteRevisedAsync();
        await ExecuteAsync(
            "CREATE TRIGGER disk_full BEFORE INSERT ON Revisions BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END",
            "CREATE FUNCTION disk_full() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device'; END $$ LANGUAGE plpgsql",
            "CREATE TRIGGER disk_full BEFORE INSERT ON \"Revisions\" FOR EACH ROW EXECUTE FUNCTION disk_full()");
        var before = await BoundedUploadTests.CountAsync(_app);
        var error = new StringWriter();

        var code = await CommandLine.RunAsync(_app.Services, ["import", file], TextReader.Null, TextWriter.Null, error);

        Assert.NotEqual(0, code);
        AssertOneLine(error.ToString());
        Assert.Equal(before, await BoundedUploadTests.CountAsync(_app));
    }

    /// <summary>A database the command cannot read (a table missing): the database's own reason on one line, exit code 1.</summary>
    [Fact]
    public async Task ADatabaseErrorNoCommandExpectsIsOneLineWithExitCodeOne()
    {
        var file = await WriteRevisedAsync();
        await ExecuteAsync("ALTER TABLE Revisions RENAME TO RevisionsGone", "ALTER TABLE \"Revisions\" RENAME TO \"RevisionsGone\"");
        var error = new StringWriter();

        var code = await CommandLine.RunAsync(_app.Services, ["import", file], TextReader.Null, TextWriter.Null, error);

        Assert.Equal(1, code);
        var message = AssertOneLine(error.ToString());
        Assert.StartsWith("无法导入：", message, StringComparison.Ordinal);
        Assert.Contains("Revisions", message, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();

    private async Task<DutyListsDbContext> DbAsync() =>
        await _app.Services.GetRequiredService<IDbContextFactory<DutyListsDbContext>>().CreateDbContextAsync();

    private static string AssertOneLine(string error)
    {
        var message = error.Trim();
        Assert.NotEmpty(message);
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain(" at ", message, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", message, StringComparison.Ordinal);
        return message;
    }

    private async Task<string> WriteRevisedAsync()
    {
        var file = Path.Combine(_app.TempFolder, "三台镇-修订.txt");
        await File.WriteAllTextAsync(file, Uploads.Seed004WithoutBasicItem5());
        return file;
    }

    /// <summary>Runs the first statement on SQLite, the others on PostgreSQL.</summary>
    private async Task ExecuteAsync(string sqlite, params string[] postgres)
    {
        await using var db = await DbAsync();
        foreach (var sql in db.Database.IsNpgsql() ? postgres : [sqlite])
        {
            await db.Database.ExecuteSqlRawAsync(sql);
        }
    }

    private async Task<int> StagedCountAsync()
    {
        await using var db = await DbAsync();
        return await db.StagedImports.CountAsync();
    }

    /// <summary>The app with a reader that counts how often a table-text document is parsed.</summary>
    private sealed class CountingFactory : DutyListsFactory
    {
        private int _parses;

        public int Parses => _parses;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(
                new DutyListReader([new DutySheetParser(), new Counting(new TableTextParser(), () => Interlocked.Increment(ref _parses)), new PdfTextParser()])));
        }

        private sealed class Counting(ILayoutParser inner, Action parsed) : ILayoutParser
        {
            public DocumentLayout Layout => inner.Layout;

            public bool Recognises(SourceDocument document) => inner.Recognises(document);

            public ParsedList Parse(SourceDocument document, DocumentMetadata? metadata)
            {
                parsed();
                return inner.Parse(document, metadata);
            }
        }
    }
}
