using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DutyLists.Data;
using DutyLists.Web.Accounts;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DutyLists.Web.Tests.Admin;

/// <summary>Uploads of every format the importer reads: good files preview, bad ones are refused by row or line.</summary>
public sealed class FormatImportTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static string ImportFixture(string path) => Path.Combine(RepositoryFolders.Root, "tests", "DutyLists.Import.Tests", path);

    [Fact]
    public async Task APdfOfTheSameListPreviewsAgainstTheCurrentRevisionWithItsTablesRebuiltAndItsDoubtSettledAndShown()
    {
        var admin = await app.SignedInClientAsync(Roles.Admin);

        var upload = await app.StageAsync("三台镇.pdf", await File.ReadAllBytesAsync(ImportFixture("Pdf/Fixtures/004-libreoffice.pdf")));

        var preview = await admin.GetPage(upload.PreviewUrl());
        Assert.Contains("三台镇", preview.QuerySelector("[data-testid=preview-township]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("0", preview.QuerySelector("[data-count=added]")!.TextContent);
        Assert.Equal("0", preview.QuerySelector("[data-count=removed]")!.TextContent);
        Assert.Equal("0", preview.QuerySelector("[data-count=changed]")!.TextContent);
        // The fixture's renderer flattened one cell's list, and a space between two of its entries fell at a full line's
        // end (import-formats.md §8.2): the item holds the current revision's characters, so the doubt is settled from
        // it (decision 0022), and both the doubt and its answer are shown.
        var warning = Assert.Single(preview.QuerySelectorAll(".preview-warnings li"));
        Assert.Contains("恰在行末", warning.TextContent, StringComparison.Ordinal);
        Assert.Contains("与现行版本逐字相同（空格和分段除外），已沿用现行版本的写法", warning.TextContent, StringComparison.Ordinal);
        Assert.Contains("配合履职事项第86项在文件中无法确定分段、空格或相邻两项的分界", preview.QuerySelector("[data-testid=preview-notices]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExcelSheetSavedByLibreOfficePreviewsWithoutChanges()
    {
        var admin = await app.SignedInClientAsync(Roles.Admin);

        var upload = await app.StageAsync("三台镇.xlsx", await File.ReadAllBytesAsync(ImportFixture("Sheets/Fixtures/004-libreoffice-calc.xlsx")));

        var preview = await admin.GetPage(upload.PreviewUrl());
        Assert.Equal("false", preview.QuerySelector(".revision-diff")!.GetAttribute("data-has-changes"));
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "无表格.docx", WordWithoutTables(), "文档中没有表格" },
        { "缺列.csv", Encoding.UTF8.GetBytes("乡镇,序号,事项名称\n三台镇,1,加强党的建设\n"), "清单" },
        { "序号错.csv", Encoding.UTF8.GetBytes("乡镇,县（市、区）,清单,序号,事项类别,事项名称\n三台镇,吉木萨尔县,基本履职事项,1,党的建设,甲\n三台镇,吉木萨尔县,基本履职事项,二,党的建设,乙\n"), "第 3 行" },
        { "损坏.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\nthis is not really a pdf\n%%EOF"), "损坏.pdf" },
        { "扫描件.pdf", File.ReadAllBytes(ImportFixture("Pdf/Fixtures/scanned.pdf")), "没有可提取的文字" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task BadFilesOfEveryFormatAreRefusedAndChangeNothing(string fileName, byte[] content, string expected)
    {
        var before = await CountAsync();

        var result = await app.StageAsync(fileName, content);

        Assert.Null(result.StagedId);
        var message = result.Error!;
        Assert.Contains(fileName, message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    private static byte[] WordWithoutTables()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(new Text("三台镇履职事项清单（正文没有表格）")))));
        }

        return stream.ToArray();
    }

    private async Task<(int, int, int)> CountAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<DutyListsDbContext>>().CreateDbContextAsync();
        return (await db.Revisions.CountAsync(), await db.Duties.CountAsync(), await db.StagedImports.CountAsync());
    }
}
