using System.Net;
using DutyLists.Data;
using DutyLists.Import.Tests.Limits;
using DutyLists.Web.Commands;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DutyLists.Web.Tests.Admin;

/// <summary>Hostile uploads through the import flow and the command line: a clear refusal naming the file and the limit, nothing stored.</summary>
public sealed class BoundedUploadTests(SeededApp app) : IClassFixture<SeededApp>
{
    private const long MB = 1024 * 1024;

    public static TheoryData<string, Func<byte[]>, string> HostileFiles => new()
    {
        { "行号.xlsx", HostileDocuments.XlsxWithHugeRowNumber, "100,000 行的上限" },
        { "列号.xlsx", HostileDocuments.XlsxWithFarColumn, "1,000 列的上限" },
        { "合并.docx", HostileDocuments.DocxWithHugeSpan, "1,000 列的上限" },
        { "炸弹.xlsx", () => HostileDocuments.XlsxBomb(40 * MB), "32 MB 的上限" },
        { "炸弹.docx", () => HostileDocuments.DocxBomb(40 * MB), "32 MB 的上限" },
        { "标记.csv", () => HostileDocuments.CsvWithUnclosedDivs(100_000), "32,767 个字符的上限" },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task AHostileUploadIsRefusedAndChangesNothing(string fileName, Func<byte[]> content, string limit)
    {
        var before = await CountAsync(app);

        var result = await app.StageAsync(fileName, content());

        Assert.Null(result.StagedId);
        Assert.Contains(fileName, result.Error, StringComparison.Ordinal);
        Assert.Contains(limit, result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(app));
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task TheCommandLineRefusesABombWithExitCodeOneAndAMessage()
    {
        var file = Path.Combine(app.TempFolder, "炸弹.xlsx");
        await File.WriteAllBytesAsync(file, HostileDocuments.XlsxBomb(40 * MB));
        var before = await CountAsync(app);
        var error = new StringWriter();

        var code = await CommandLine.RunAsync(app.Services, ["import", file], TextReader.Null, TextWriter.Null, error);

        Assert.Equal(1, code);
        var message = error.ToString().Trim();
        Assert.DoesNotContain('\n', message);
        Assert.Contains("炸弹.xlsx", message, StringComparison.Ordinal);
        Assert.Contains("32 MB 的上限", message, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(app));
    }

    /// <summary>A failure no command handles (here: services missing) is one line and exit code 1, not a stack trace.</summary>
    [Fact]
    public async Task AnUnexpectedFailureIsOneLineWithExitCodeOne()
    {
        await using var empty = new ServiceCollection().BuildServiceProvider();
        var error = new StringWriter();

        var code = await CommandLine.RunAsync(empty, ["import", "x.txt"], TextReader.Null, TextWriter.Null, error);

        Assert.Equal(1, code);
        var message = error.ToString().Trim();
        Assert.StartsWith("错误：", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain(" at ", message, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", message, StringComparison.Ordinal);
    }

    internal static async Task<(int, int, int, int)> CountAsync(DutyListsFactory factory)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<DutyListsDbContext>>().CreateDbContextAsync();
        return (await db.Revisions.CountAsync(), await db.Duties.CountAsync(), await db.Townships.CountAsync(), await db.StagedImports.CountAsync());
    }
}
