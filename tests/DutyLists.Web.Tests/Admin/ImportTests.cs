using System.Net;
using System.Net.Http.Json;
using System.Text;
using DutyLists.Web.Accounts;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Web.Tests.Admin;

/// <summary>Uploading a revised list: preview first, nothing stored until confirmed, conflicts refused.</summary>
public sealed class ImportTests : FreshAppTests
{
    [Fact]
    public async Task ARevisionThatDeletesOneItemPreviewsAsOneRemovalAndIsStoredOnlyWhenConfirmed()
    {
        var admin = await App.SignedInClientAsync(Roles.Admin);
        var before = await StateAsync();

        var upload = await admin.UploadAsync("三台镇-修订.txt", Uploads.Seed004WithoutBasicItem5());

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var previewUrl = upload.Headers.Location!.PathAndQuery;
        Assert.StartsWith("/admin/import/", previewUrl, StringComparison.Ordinal);
        var preview = await admin.GetPage(previewUrl);
        Assert.Contains("三台镇", preview.QuerySelector("[data-testid=preview-township]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("0", preview.QuerySelector("[data-count=added]")!.TextContent);
        Assert.Equal("1", preview.QuerySelector("[data-count=removed]")!.TextContent);
        Assert.Equal("0", preview.QuerySelector("[data-count=changed]")!.TextContent);
        Assert.Equal("5", preview.QuerySelector("section[data-kind=basic] .diff-removed li")!.GetAttribute("data-number"));
        Assert.Equal(before.Revisions, (await StateAsync()).Revisions);

        var confirm = await admin.PostFormAsync(previewUrl, "confirm-import", new()
        {
            ["Confirm.TownshipId"] = preview.QuerySelector("input[name='Confirm.TownshipId']")!.GetAttribute("value")!,
            ["Confirm.RevisionId"] = preview.QuerySelector("input[name='Confirm.RevisionId']")!.GetAttribute("value")!,
        });

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var history = await admin.GetPage(confirm.Headers.Location!.PathAndQuery);
        Assert.Contains("已导入为第 2 版", history.QuerySelector(".alert-success")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, history.QuerySelectorAll("tr[data-revision]").Length);
        var after = await StateAsync();
        Assert.Equal(before.Revisions + 1, after.Revisions);
        Assert.Equal(0, after.Staged);
        var townshipId = int.Parse(confirm.Headers.Location.AbsolutePath.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
        var township = await admin.GetFromJsonAsync<ApiTownship>($"/api/townships/{townshipId}");
        Assert.Equal(107, township!.Counts.Basic);

        // The old revision stays readable, marked as old, with every filter of the township page.
        var old = await admin.GetPage($"/townships/{townshipId}?revision=1&kind=basic");
        Assert.Equal(108, old.ResultCount());
        Assert.Contains("第 1 版", old.QuerySelector("[data-testid=old-revision]")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await admin.GetPage($"/townships/{townshipId}?revision=2&kind=basic")).QuerySelector("[data-testid=old-revision]"));
        Assert.Equal(107, (await admin.GetPage($"/townships/{townshipId}?kind=basic")).ResultCount());
        await admin.GetPage($"/townships/{townshipId}?revision=99", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TwoImportsPreparedAgainstTheSameRevisionOneWinsTheOtherIsAConflict()
    {
        var admin = await App.SignedInClientAsync(Roles.Admin);
        var first = (await admin.UploadAsync("a.txt", Uploads.Seed004WithoutBasicItem5())).Headers.Location!.PathAndQuery;
        var second = (await admin.UploadAsync("b.txt", Uploads.Seed004.Replace("党的建设", "党的建设", StringComparison.Ordinal) + "\n")).Headers.Location!.PathAndQuery;
        var firstPage = await admin.GetPage(first);
        var secondPage = await admin.GetPage(second);

        var won = await ConfirmAsync(admin, first, firstPage);
        var lost = await ConfirmAsync(admin, second, secondPage);

        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, lost.StatusCode);
        Assert.Contains("在预览之后已被更改", (await lost.ParseAsync()).QuerySelector("[data-testid=import-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(6, (await StateAsync()).Revisions);
    }

    [Fact]
    public async Task TheSameDocumentAgainStoresNothing()
    {
        var admin = await App.SignedInClientAsync(Roles.Admin);
        var upload = await admin.UploadAsync("004.txt", Uploads.Seed004);
        var preview = await admin.GetPage(upload.Headers.Location!.PathAndQuery);

        Assert.Contains("完全相同", preview.QuerySelector(".alert-info")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("false", preview.QuerySelector(".revision-diff")!.GetAttribute("data-has-changes"));
        Assert.True(preview.QuerySelector("form button.btn-primary")!.HasAttribute("disabled"));
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
        var admin = await App.SignedInClientAsync(Roles.Admin);
        var before = await StateAsync();

        var response = await admin.UploadAsync(fileName, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.ParseAsync()).QuerySelector("[data-testid=import-error]")!.TextContent;
        Assert.Contains(fileName, message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.Contains("数据库没有任何变化", message, StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task ADocumentForATownshipThatExistsUnderAnotherCountyIsRefusedUnlessConfirmedAsNew()
    {
        var admin = await App.SignedInClientAsync(Roles.Admin);
        var otherCounty = Uploads.Seed004.Replace("吉木萨尔县", "奇台县", StringComparison.Ordinal);
        var before = await StateAsync();

        var refused = await admin.UploadAsync("奇台县三台镇.txt", otherCounty);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("已存在于吉木萨尔县，而本文件属于奇台县", (await refused.ParseAsync()).QuerySelector("[data-testid=import-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync());

        var accepted = await admin.UploadAsync("奇台县三台镇.txt", otherCounty, new() { ["Upload.NewTownship"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var preview = await admin.GetPage(accepted.Headers.Location!.PathAndQuery);
        Assert.NotNull(preview.QuerySelector("[data-testid=preview-township] .badge"));
    }

    [Fact]
    public async Task AFileOver20MegabytesIsRefused()
    {
        var admin = await App.SignedInClientAsync(Roles.Admin);
        var before = await StateAsync();

        var response = await admin.UploadAsync("huge.txt", new byte[(21 * 1024 * 1024) + 1]);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var form = await admin.GetPage(response.Headers.Location!.OriginalString);
        Assert.Contains("超过 20 MB 的上限", form.QuerySelector("[data-testid=import-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task EditorsCannotImport()
    {
        var editor = await App.SignedInClientAsync(Roles.Editor);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(new Uri("/admin/import", UriKind.Relative))).StatusCode);
    }

    private static Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string url, AngleSharp.Dom.IDocument page) =>
        client.PostFormAsync(url, "confirm-import", new()
        {
            ["Confirm.TownshipId"] = page.QuerySelector("input[name='Confirm.TownshipId']")!.GetAttribute("value")!,
            ["Confirm.RevisionId"] = page.QuerySelector("input[name='Confirm.RevisionId']")!.GetAttribute("value")!,
        });

    private Task<(int Revisions, int Duties, int Townships, int Staged)> StateAsync() =>
        QueryAsync(async db => (await db.Revisions.CountAsync(), await db.Duties.CountAsync(), await db.Townships.CountAsync(), await db.StagedImports.CountAsync()));

    private sealed record ApiTownship(int Id, string Name, ApiCounts Counts);

    private sealed record ApiCounts(int Basic, int Cooperative, int Reclaimed);
}
