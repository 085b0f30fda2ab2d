using Bunit;
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
        var reader = App.CreateBrowserLikeClient();
        var tab = await reader.GetByteArrayAsync(new Uri($"/townships/{await TownshipIdAsync()}/export.csv?kind=reclaimed", UriKind.Relative));
        await using var pages = new AdminPages(App, "王管理", Roles.Admin);

        pages.UploadOnPage("三台镇-收回.csv", tab);

        var preview = pages.PreviewOnPage(pages.StagedId());
        Assert.StartsWith("本文件只含“上级部门收回事项清单”；基本履职事项和配合履职事项保持不变",
            preview.Find("[data-testid=import-notice]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("0", preview.Find("[data-count=removed]").TextContent);

        preview.Find("[data-testid=confirm-import]").Click();
        pages.AnswerDialog(confirm: true);
        preview.WaitForAssertion(() => Assert.StartsWith("/admin/townships/", pages.Address, StringComparison.Ordinal), AdminPages.Patience);

        var (revisions, current) = await CountsAsync();
        Assert.Equal(2, revisions);
        Assert.Equal(await DutiesOfRevisionAsync(1), current);
    }

    [Fact]
    public async Task ReplacingAllListsOnTheFormPreviewsTheOtherListsAsDeleted()
    {
        var reader = App.CreateBrowserLikeClient();
        var tab = await reader.GetByteArrayAsync(new Uri($"/townships/{await TownshipIdAsync()}/export.csv?kind=reclaimed", UriKind.Relative));
        await using var pages = new AdminPages(App, "王管理", Roles.Admin);

        pages.UploadOnPage("三台镇-收回.csv", tab, replaceAllLists: true);

        var preview = pages.PreviewOnPage(pages.StagedId());
        Assert.Contains("已选择“替换全部清单”", preview.Find("[data-testid=preview-notices]").TextContent, StringComparison.Ordinal);
        Assert.NotEqual("0", preview.Find("[data-count=removed]").TextContent);
        Assert.NotEmpty(preview.FindAll("[data-kind=basic] .diff-removed li"));
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
