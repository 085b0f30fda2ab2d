using System.Net;
using DutyLists.Web.Accounts;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Web.Tests.Admin;

/// <summary>Uploading a file that carries one list: the preview says which lists stay; emptying them is a choice on the form.</summary>
public sealed class PartialUploadTests : FreshAppTests
{
    [Fact]
    public async Task TheReclaimedTabUploadedAloneKeepsTheOtherListsAndThePreviewSaysSo()
    {
        var admin = await App.SignedInClientAsync(Roles.Admin);
        var tab = await admin.GetByteArrayAsync(new Uri($"/townships/{await TownshipIdAsync()}/export.csv?kind=reclaimed", UriKind.Relative));

        var upload = await admin.UploadAsync("三台镇-收回.csv", tab);

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var previewUrl = upload.Headers.Location!.PathAndQuery;
        var preview = await admin.GetPage(previewUrl);
        Assert.StartsWith("本文件只含“上级部门收回事项清单”；基本履职事项和配合履职事项保持不变",
            preview.QuerySelector("[data-testid=preview-notices] li")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("0", preview.QuerySelector("[data-count=removed]")!.TextContent);

        var confirm = await admin.PostFormAsync(previewUrl, "confirm-import", new()
        {
            ["Confirm.TownshipId"] = preview.QuerySelector("input[name='Confirm.TownshipId']")!.GetAttribute("value")!,
            ["Confirm.RevisionId"] = preview.QuerySelector("input[name='Confirm.RevisionId']")!.GetAttribute("value")!,
        });

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var (revisions, current) = await CountsAsync();
        Assert.Equal(2, revisions);
        Assert.Equal(await DutiesOfRevisionAsync(1), current);
    }

    [Fact]
    public async Task ReplacingAllListsOnTheFormPreviewsTheOtherListsAsDeleted()
    {
        var admin = await App.SignedInClientAsync(Roles.Admin);
        var tab = await admin.GetByteArrayAsync(new Uri($"/townships/{await TownshipIdAsync()}/export.csv?kind=reclaimed", UriKind.Relative));

        var upload = await admin.UploadAsync("三台镇-收回.csv", tab, new() { ["Upload.ReplaceAllLists"] = "true" });

        var preview = await admin.GetPage(upload.Headers.Location!.PathAndQuery);
        Assert.Contains("已选择“替换全部清单”", preview.QuerySelector("[data-testid=preview-notices]")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual("0", preview.QuerySelector("[data-count=removed]")!.TextContent);
        Assert.NotNull(preview.QuerySelector("section[data-kind=basic] .diff-removed li"));
    }

    private Task<int> TownshipIdAsync() => QueryAsync(db => db.Townships.Where(t => t.Name == "三台镇").Select(t => t.Id).SingleAsync());

    private Task<(int Revisions, int CurrentDuties)> CountsAsync() => QueryAsync(async db =>
    {
        var township = await db.Townships.SingleAsync(t => t.Name == "三台镇");
        return (await db.Revisions.CountAsync(r => r.TownshipId == township.Id), await db.Duties.CountAsync(d => d.RevisionId == township.CurrentRevisionId));
    });

    private Task<int> DutiesOfRevisionAsync(int number) => QueryAsync(db =>
        db.Duties.CountAsync(d => d.Revision!.Number == number && d.Revision.Township!.Name == "三台镇"));
}
