using System.Net;
using Bunit;
using DutyLists.Data;
using DutyLists.Data.History;
using DutyLists.Web.Accounts;
using DutyLists.Web.Components.Pages.Admin;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DutyLists.Web.Tests.Admin;

/// <summary>
/// Corrections and rollbacks, through their pages (bUnit against the real app, with the confirmation dialogs) and
/// through the services the pages call. Each test changes the database, so each has an app of its own.
/// </summary>
public sealed class CorrectionAndRollbackTests : FreshAppTests
{
    [Fact]
    public async Task AnEditorCorrectsAFlaggedDutyIntoANewRevisionAndTheOldOneStaysReadable()
    {
        var editor = await App.SignedInClientAsync(Roles.Editor);
        var queue = await editor.GetPage("/admin/review");
        var flaggedBefore = queue.ResultCount();
        // A duty the reader rebuilt from raw lines (a department flagged at import has none to show).
        var row = queue.QuerySelectorAll("[data-duty-id]").First(e => !e.TextContent.Contains("无法对应到", StringComparison.Ordinal));
        var dutyId = int.Parse(row.GetAttribute("data-duty-id")!, System.Globalization.CultureInfo.InvariantCulture);
        await using var pages = new AdminPages(App, "李编辑", Roles.Editor);
        var form = pages.Render<EditDuty>(p => p.Add(x => x.DutyId, dutyId));
        form.WaitForElement("#edit-name", AdminPages.Patience);
        var oldName = form.Find("#edit-name").GetAttribute("value") ?? form.Find("#edit-name").TextContent;
        Assert.NotNull(form.Find("pre.source-lines"));

        form.Find("#edit-name").Change("更正后的事项名称");
        form.Find("#edit-departments").Change("县应急管理局、县消防救援大队");
        form.Find("#edit-dept-resp").Change("1.负责组织。\n2.负责指导。");
        form.Find("#edit-town-resp").Change("1.配合开展。");
        form.Find("#edit-note").Change("对照原文更正名称与部门");
        form.Find("[data-testid=save-correction]").Click();

        // The dialog names what will change before anything is stored.
        var changed = pages.Dialogs.WaitForElement("[data-testid=changed-fields]", AdminPages.Patience).TextContent;
        Assert.Contains("事项名称", changed, StringComparison.Ordinal);
        Assert.Contains("对应上级部门", changed, StringComparison.Ordinal);
        Assert.Contains("解除“需复核”标记", changed, StringComparison.Ordinal);
        Assert.DoesNotContain("事项类别", changed, StringComparison.Ordinal);
        pages.AnswerDialog(confirm: true);

        form.WaitForAssertion(() => Assert.StartsWith("/duties/", pages.Address, StringComparison.Ordinal), AdminPages.Patience);
        Assert.Contains(pages.Snackbars, s => s.Contains("更正已保存为", StringComparison.Ordinal) && s.Contains("第 2 版", StringComparison.Ordinal));
        var corrected = await editor.GetPage(pages.Address);
        Assert.Equal("更正后的事项名称", corrected.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["县应急管理局", "县消防救援大队"], corrected.QuerySelectorAll("a[href^='/departments/']").Select(a => a.TextContent.Trim()).Distinct().Take(2));

        // The old revision's duty is untouched and still readable.
        var old = await editor.GetPage($"/duties/{dutyId}");
        Assert.Equal(oldName.Trim(), old.QuerySelector("h1")!.TextContent.Trim());

        Assert.Equal(flaggedBefore - 1, (await editor.GetPage("/admin/review")).ResultCount());
        var revision = await QueryAsync(db => db.Revisions.OrderByDescending(r => r.Id).FirstAsync());
        Assert.Equal(Data.Model.RevisionOrigin.Correction, revision.Origin);
        Assert.Equal("对照原文更正名称与部门", revision.Note);
        Assert.Equal(
            await QueryAsync(db => db.Duties.CountAsync(d => d.RevisionId == revision.BasedOnRevisionId)),
            await QueryAsync(db => db.Duties.CountAsync(d => d.RevisionId == revision.Id)));
        var entry = await QueryAsync(db => db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal("correction", entry.Action);
        Assert.Contains("事项名称", entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACorrectionWithoutANoteIsRefusedByTheFormAndByTheServiceAndStoresNothing()
    {
        var revisionsBefore = await CountRevisionsAsync();
        await using var pages = new AdminPages(App, "李编辑", Roles.Editor);
        var form = pages.Render<EditDuty>(p => p.Add(x => x.DutyId, 1));
        form.WaitForElement("#edit-name", AdminPages.Patience);

        form.Find("#edit-name").Change("新名称");
        form.Find("[data-testid=save-correction]").Click();

        form.WaitForAssertion(() => Assert.Contains("请写明更正的理由", form.Markup, StringComparison.Ordinal), AdminPages.Patience);
        Assert.Empty(pages.Dialogs.FindAll("[data-testid=confirm-dialog]"));

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Corrections.CorrectAsync(1, Correction("党的建设", "新名称", " "), "editor"));
        Assert.StartsWith("请写明更正的理由", refused.Message, StringComparison.Ordinal);
        Assert.Equal(revisionsBefore, await CountRevisionsAsync());
    }

    [Fact]
    public async Task CancellingTheCorrectionDialogStoresNothing()
    {
        var revisionsBefore = await CountRevisionsAsync();
        await using var pages = new AdminPages(App, "李编辑", Roles.Editor);
        var form = pages.Render<EditDuty>(p => p.Add(x => x.DutyId, 1));
        form.WaitForElement("#edit-name", AdminPages.Patience);

        form.Find("#edit-name").Change("新名称");
        form.Find("#edit-note").Change("测试");
        form.Find("[data-testid=save-correction]").Click();
        pages.AnswerDialog(confirm: false);

        Assert.Equal(revisionsBefore, await CountRevisionsAsync());
        Assert.Equal("/", pages.Address);
    }

    [Fact]
    public async Task ADutyOfAnOldRevisionCannotBeCorrected()
    {
        var fields = Correction("党的建设", "第一次更正", "测试");
        await Corrections.CorrectAsync(1, fields, "editor");

        // Duty 1 now belongs to revision 1, no longer current.
        var conflict = await Assert.ThrowsAsync<RevisionConflictException>(() => Corrections.CorrectAsync(1, fields, "editor"));
        Assert.Contains("已不是当前版本", conflict.Message, StringComparison.Ordinal);

        await using var pages = new AdminPages(App, "李编辑", Roles.Editor);
        var form = pages.Render<EditDuty>(p => p.Add(x => x.DutyId, 1));
        Assert.Contains("已不是当前版本", form.WaitForElement("[data-testid=not-current]", AdminPages.Patience).TextContent, StringComparison.Ordinal);
        Assert.True(form.Find("[data-testid=save-correction]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task AnAdminRollsBackToAnEarlierRevisionAfterConfirmingAndTheRollbackIsRecorded()
    {
        var admin = await App.SignedInClientAsync(Roles.Admin);
        var townshipId = await TownshipOfDutyAsync(1);
        var originalName = (await admin.GetPage("/duties/1")).QuerySelector("h1")!.TextContent.Trim();
        await Corrections.CorrectAsync(1, Correction("党的建设", "错误的更正", "误操作"), "admin");
        await using var pages = new AdminPages(App, "王管理", Roles.Admin);
        var history = pages.Render<Revisions>(p => p.Add(x => x.TownshipId, townshipId));
        history.WaitForElements("[data-revision]", 2, AdminPages.Patience);

        history.Find("[data-testid=make-current]").Click();
        Assert.Contains("从第 2 版", pages.DialogText(), StringComparison.Ordinal);
        Assert.Contains("改为第 1 版", pages.DialogText(), StringComparison.Ordinal);
        Assert.NotNull(pages.Dialogs.Find("[data-testid=rollback-counts]"));
        pages.AnswerDialog(confirm: true);

        history.WaitForAssertion(() => Assert.Contains(pages.Snackbars, s => s.Contains("当前版本已改为第 1 版", StringComparison.Ordinal)), AdminPages.Patience);
        history.WaitForAssertion(() => Assert.NotNull(history.Find("[data-revision='1'] .current-badge")), AdminPages.Patience);
        Assert.Contains(history.FindAll(".township-events li"), li => li.TextContent.Contains("从第 2 版改为第 1 版", StringComparison.Ordinal));
        var township = await admin.GetPage($"/townships/{townshipId}?q={Uri.EscapeDataString(originalName[..Math.Min(6, originalName.Length)])}");
        Assert.NotEmpty(township.QuerySelectorAll("[data-duty-id]"));
        Assert.Equal(2, await CountRevisionsAsync(townshipId));
    }

    [Fact]
    public async Task CancellingTheRollbackDialogChangesNothing()
    {
        var townshipId = await TownshipOfDutyAsync(1);
        await Corrections.CorrectAsync(1, Correction("党的建设", "一次更正", "测试"), "admin");
        var currentBefore = await CurrentRevisionAsync(townshipId);
        await using var pages = new AdminPages(App, "王管理", Roles.Admin);
        var history = pages.Render<Revisions>(p => p.Add(x => x.TownshipId, townshipId));
        history.WaitForElements("[data-revision]", 2, AdminPages.Patience);

        history.Find("[data-testid=make-current]").Click();
        pages.AnswerDialog(confirm: false);

        Assert.Equal(currentBefore, await CurrentRevisionAsync(townshipId));
        Assert.Empty(pages.Snackbars);
    }

    [Fact]
    public async Task ARollbackPreparedAgainstAStaleCurrentRevisionIsAConflict()
    {
        var townshipId = await TownshipOfDutyAsync(1);
        var corrected = await Corrections.CorrectAsync(1, Correction("党的建设", "第一次更正", "测试"), "admin");
        await using var pages = new AdminPages(App, "王管理", Roles.Admin);
        var history = pages.Render<Revisions>(p => p.Add(x => x.TownshipId, townshipId));
        history.WaitForElements("[data-revision]", 2, AdminPages.Patience);

        // Someone else changes the township while the page is open.
        await Corrections.CorrectAsync(corrected.DutyId, Correction("党的建设", "其间的更正", "并发"), "editor");
        history.Find("[data-testid=make-current]").Click();
        pages.AnswerDialog(confirm: true);

        var error = history.WaitForElement("[data-testid=rollback-error]", AdminPages.Patience).TextContent;
        Assert.Contains("已被他人更改", error, StringComparison.Ordinal);
        Assert.Contains(pages.Snackbars, s => s.Contains("数据库没有任何变化", StringComparison.Ordinal));
        Assert.Equal(corrected.RevisionId + 1, await CurrentRevisionAsync(townshipId));
    }

    [Fact]
    public async Task EditorsSeeTheHistoryButCannotRollBack()
    {
        var townshipId = await TownshipOfDutyAsync(1);
        await Corrections.CorrectAsync(1, Correction("党的建设", "一次更正", "测试"), "editor");
        await using var pages = new AdminPages(App, "李编辑", Roles.Editor);

        var history = pages.Render<Revisions>(p => p.Add(x => x.TownshipId, townshipId));

        history.WaitForElements("[data-revision]", 2, AdminPages.Patience);
        Assert.Empty(history.FindAll("[data-testid=make-current]"));
        Assert.NotEmpty(history.FindAll("[data-testid=compare-with-current]"));
    }

    /// <summary>The link was written with a literal "&amp;amp;" and led to a 404 (fault 5).</summary>
    [Fact]
    public async Task CompareWithCurrentLinksToTheDiffOfThatRevisionAndTheCurrentOne()
    {
        var townshipId = await TownshipOfDutyAsync(1);
        var corrected = await Corrections.CorrectAsync(1, Correction("党的建设", "一次更正", "测试"), "admin");
        var admin = await App.SignedInClientAsync(Roles.Admin);
        var history = await admin.GetPage($"/admin/townships/{townshipId}/revisions");
        var firstId = await QueryAsync(db => db.Revisions.Where(r => r.TownshipId == townshipId && r.Number == 1).Select(r => r.Id).SingleAsync());

        var href = history.QuerySelector("[data-testid=compare-with-current]")!.GetAttribute("href")!;

        Assert.Equal($"/admin/townships/{townshipId}/revisions/diff?from={firstId}&to={corrected.RevisionId}", href);
        var diff = await admin.GetPage(href);
        Assert.Contains("第 1 版 → 第 2 版", diff.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", diff.QuerySelector(".revision-diff")!.GetAttribute("data-has-changes"));
        await admin.GetPage($"/admin/townships/{townshipId}/revisions/diff?from={firstId}&to=999999", HttpStatusCode.NotFound);
    }

    private DutyCorrections Corrections => App.Services.GetRequiredService<DutyCorrections>();

    private static DutyCorrection Correction(string category, string name, string note) => new() { Category = category, Name = name, Note = note };

    private Task<int> CountRevisionsAsync(int townshipId) => QueryAsync(db => db.Revisions.CountAsync(r => r.TownshipId == townshipId));

    private Task<int?> CurrentRevisionAsync(int townshipId) => QueryAsync(db => db.Townships.Where(t => t.Id == townshipId).Select(t => t.CurrentRevisionId).SingleAsync());

    private Task<int> TownshipOfDutyAsync(int dutyId) =>
        QueryAsync(db => db.Duties.Where(d => d.Id == dutyId).Select(d => d.Revision!.TownshipId).SingleAsync());
}
