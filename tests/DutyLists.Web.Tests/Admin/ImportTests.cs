using System.Net;
using System.Net.Http.Json;
using System.Text;
using Bunit;
using DutyLists.Web.Accounts;
using DutyLists.Web.Importing;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DutyLists.Web.Tests.Admin;

/// <summary>
/// Uploading a revised list: preview first, nothing stored until confirmed in the dialog, conflicts refused. The
/// import pages run in a circuit, so they are driven with bUnit against the real app; what a reader then sees is
/// fetched over HTTP.
/// </summary>
public sealed class ImportTests : FreshAppTests
{
    [Fact]
    public async Task ARevisionThatDeletesOneItemPreviewsAsOneRemovalAndIsStoredOnlyWhenConfirmed()
    {
        await using var pages = new AdminPages(App, "王管理", Roles.Admin);
        var before = await StateAsync();

        pages.UploadOnPage("三台镇-修订.txt", Uploads.Seed004WithoutBasicItem5());

        var id = pages.StagedId();
        var preview = pages.PreviewOnPage(id);
        Assert.Contains("三台镇", preview.Find("[data-testid=preview-township]").TextContent, StringComparison.Ordinal);
        Assert.Equal("0", preview.Find("[data-count=added]").TextContent);
        Assert.Equal("1", preview.Find("[data-count=removed]").TextContent);
        Assert.Equal("0", preview.Find("[data-count=changed]").TextContent);
        Assert.Equal("5", preview.Find("[data-kind=basic] .diff-removed li").GetAttribute("data-number"));
        Assert.Equal(before.Revisions, (await StateAsync()).Revisions);
        Assert.Equal(before.Staged + 1, (await StateAsync()).Staged);

        // The dialog says what will change, list by list, before anything is stored.
        preview.Find("[data-testid=confirm-import]").Click();
        var dialog = pages.DialogText();
        Assert.Contains("三台镇的新版本并设为当前版本", dialog, StringComparison.Ordinal);
        Assert.Equal("1", pages.Dialogs.Find("[data-testid=confirm-counts] tr[data-kind=basic] [data-count=removed]").TextContent);
        Assert.Equal(before.Revisions, (await StateAsync()).Revisions);
        pages.AnswerDialog(confirm: true);

        preview.WaitForAssertion(() => Assert.StartsWith("/admin/townships/", pages.Address, StringComparison.Ordinal), AdminPages.Patience);
        Assert.Contains(pages.Snackbars, s => s.Contains("三台镇第 2 版，并已设为当前版本", StringComparison.Ordinal));
        var after = await StateAsync();
        Assert.Equal(before.Revisions + 1, after.Revisions);
        Assert.Equal(before.Staged, after.Staged);
        var townshipId = int.Parse(pages.Address.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith($"/admin/townships/{townshipId}/revisions", pages.Address, StringComparison.Ordinal);

        var reader = App.CreateBrowserLikeClient();
        var township = await reader.GetFromJsonAsync<ApiTownship>($"/api/townships/{townshipId}");
        Assert.Equal(107, township!.Counts.Basic);

        // The old revision stays readable, marked as old, with every filter of the township page.
        var old = await reader.GetPage($"/townships/{townshipId}?revision=1&kind=basic");
        Assert.Equal(108, old.ResultCount());
        Assert.Contains("第 1 版", old.QuerySelector("[data-testid=old-revision]")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await reader.GetPage($"/townships/{townshipId}?revision=2&kind=basic")).QuerySelector("[data-testid=old-revision]"));
        Assert.Equal(107, (await reader.GetPage($"/townships/{townshipId}?kind=basic")).ResultCount());
        await reader.GetPage($"/townships/{townshipId}?revision=99", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CancellingTheDialogStoresNothingAndCancellingTheUploadRemovesIt()
    {
        await using var pages = new AdminPages(App, "王管理", Roles.Admin);
        pages.UploadOnPage("三台镇-修订.txt", Uploads.Seed004WithoutBasicItem5());
        var preview = pages.PreviewOnPage(pages.StagedId());
        var before = await StateAsync();

        preview.Find("[data-testid=confirm-import]").Click();
        pages.AnswerDialog(confirm: false);

        Assert.Equal(before, await StateAsync());
        Assert.StartsWith("/admin/import/", pages.Address, StringComparison.Ordinal);
        Assert.Empty(pages.Snackbars);

        preview.Find("[data-testid=cancel-import]").Click();
        preview.WaitForAssertion(() => Assert.Equal("/admin/import", pages.Address), AdminPages.Patience);
        Assert.Equal(before with { Staged = before.Staged - 1 }, await StateAsync());
        Assert.Contains(pages.Snackbars, s => s.Contains("已取消本次上传", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoImportsPreparedAgainstTheSameRevisionOneWinsTheOtherIsAConflict()
    {
        await using var pages = new AdminPages(App, "王管理", Roles.Admin);
        var first = pages.PreviewOnPage((await App.StageAsync("a.txt", Uploads.Seed004WithoutBasicItem5())).StagedId!.Value);
        var second = pages.PreviewOnPage((await App.StageAsync("b.txt", Uploads.Seed004 + "\n")).StagedId!.Value);

        first.Find("[data-testid=confirm-import]").Click();
        pages.AnswerDialog(confirm: true);
        first.WaitForAssertion(() => Assert.Contains(pages.Snackbars, s => s.Contains("已导入 a.txt", StringComparison.Ordinal)), AdminPages.Patience);
        second.Find("[data-testid=confirm-import]").Click();
        pages.AnswerDialog(confirm: true);

        var error = second.WaitForElement("[data-testid=import-error]", AdminPages.Patience).TextContent;
        Assert.Contains("在预览之后已被更改", error, StringComparison.Ordinal);
        Assert.Contains("数据库没有任何变化", error, StringComparison.Ordinal);
        Assert.Contains(pages.Snackbars, s => s.Contains("导入未完成", StringComparison.Ordinal));
        Assert.Equal(6, (await StateAsync()).Revisions);
    }

    [Fact]
    public async Task TheSameDocumentAgainStoresNothing()
    {
        var admin = await App.SignedInClientAsync(Roles.Admin);
        var staged = await App.StageAsync("004.txt", Uploads.Seed004);

        // The prerendered preview, as the browser first receives it.
        var preview = await admin.GetPage(staged.PreviewUrl());

        Assert.Contains("完全相同", preview.QuerySelector("[data-testid=same-document]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("false", preview.QuerySelector(".revision-diff")!.GetAttribute("data-has-changes"));
        Assert.True(preview.QuerySelector("[data-testid=confirm-import]")!.HasAttribute("disabled"));
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty.txt", [], "文件为空" },
        { "junk.txt", [0x00, 0xff, 0x13, 0x37, 0x00, 0x42], "不是文本文件" },
        { "photo.png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "不支持的文件类型" },
        { "gbk.txt", Encoding.Latin1.GetBytes("\u00c4\u00e3\u00ba\u00c3"), "不是 UTF-8" },
        { "notes.txt", Encoding.UTF8.GetBytes("会议纪要\n今天讨论了三件事。"), "不是履职事项清单" },
        { "truncated.txt", Encoding.UTF8.GetBytes(string.Join('\n', Uploads.Seed004.Split('\n').Take(30))), "第 12 行" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task BadFilesAreRefusedWithAClearMessageAndChangeNothing(string fileName, byte[] content, string expected)
    {
        await using var pages = new AdminPages(App, "王管理", Roles.Admin);
        var before = await StateAsync();

        var page = pages.UploadOnPage(fileName, content);

        var message = page.Find("[data-testid=import-error]").TextContent;
        Assert.Contains(fileName, message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.Contains("数据库没有任何变化", message, StringComparison.Ordinal);
        Assert.Equal("/", pages.Address);
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task ADocumentForATownshipThatExistsUnderAnotherCountyIsRefusedUnlessConfirmedAsNew()
    {
        await using var pages = new AdminPages(App, "王管理", Roles.Admin);
        var otherCounty = Uploads.Seed004.Replace("吉木萨尔县", "奇台县", StringComparison.Ordinal);
        var before = await StateAsync();

        var refused = pages.UploadOnPage("奇台县三台镇.txt", otherCounty);

        Assert.Contains("已存在于吉木萨尔县，而本文件属于奇台县", refused.Find("[data-testid=import-error]").TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync());

        pages.UploadOnPage("奇台县三台镇.txt", otherCounty, newTownship: true);
        var preview = pages.PreviewOnPage(pages.StagedId());
        Assert.NotNull(preview.Find("[data-testid=preview-township] .new-township"));
        preview.Find("[data-testid=confirm-import]").Click();
        Assert.Contains("将新建乡镇“三台镇”（奇台县）", pages.DialogText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileOver20MegabytesIsRefusedBeforeItIsSent()
    {
        await using var pages = new AdminPages(App, "王管理", Roles.Admin);
        var before = await StateAsync();

        var page = pages.UploadOnPage("huge.txt", new byte[(21 * 1024 * 1024) + 1]);

        Assert.Contains("超过 20 MB 的上限", page.Find("[data-testid=import-error]").TextContent, StringComparison.Ordinal);
        Assert.True(page.Find("[data-testid=upload-and-preview]").HasAttribute("disabled"));
        Assert.Equal(before, await StateAsync());
    }

    /// <summary>A client may claim a small size and send more: the read stops one chunk past the limit.</summary>
    [Fact]
    public async Task AStreamLongerThanItsStatedSizeIsRefusedAtTheLimit()
    {
        var before = await StateAsync();
        var flow = App.Services.GetRequiredService<ImportFlow>();
        await using var content = new MemoryStream(new byte[UploadLimits.MaxFileBytes + 1]);

        var result = await flow.UploadAsync(new UploadRequest("lies.txt", 1000), content, "admin");

        Assert.Null(result.StagedId);
        Assert.Contains("lies.txt：文件超过 20 MB 的上限", result.Error, StringComparison.Ordinal);
        Assert.True(content.Position <= UploadLimits.MaxFileBytes + (64 * 1024));
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task EditorsCannotImport()
    {
        var editor = await App.SignedInClientAsync(Roles.Editor);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(new Uri("/admin/import", UriKind.Relative))).StatusCode);
    }

    private Task<(int Revisions, int Duties, int Townships, int Staged)> StateAsync() =>
        QueryAsync(async db => (await db.Revisions.CountAsync(), await db.Duties.CountAsync(), await db.Townships.CountAsync(), await db.StagedImports.CountAsync()));

    private sealed record ApiTownship(int Id, string Name, ApiCounts Counts);

    private sealed record ApiCounts(int Basic, int Cooperative, int Reclaimed);
}
