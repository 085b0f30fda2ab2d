using System.Net;
using DutyLists.Web.Accounts;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DutyLists.Web.Tests.Admin;

/// <summary>Each test changes the database, so each has an app of its own.</summary>
public sealed class CorrectionAndRollbackTests : FreshAppTests
{
    [Fact]
    public async Task AnEditorCorrectsAFlaggedDutyIntoANewRevisionAndTheOldOneStaysReadable()
    {
        var editor = await App.SignedInClientAsync(Roles.Editor);
        var queue = await editor.GetPage("/admin/review");
        var flaggedBefore = queue.ResultCount();
        // A duty the reader rebuilt from raw lines (a department flagged at import has none to show).
        var row = queue.QuerySelectorAll("li[data-duty-id]").First(li => !li.TextContent.Contains("对应上级部门", StringComparison.Ordinal));
        var dutyId = int.Parse(row.GetAttribute("data-duty-id")!, System.Globalization.CultureInfo.InvariantCulture);
        var form = await editor.GetPage($"/admin/duties/{dutyId}/edit");
        var oldName = form.QuerySelector("#edit-name")!.TextContent;
        Assert.NotNull(form.QuerySelector("pre.source-lines"));

        var response = await editor.PostFormAsync($"/admin/duties/{dutyId}/edit", "correct-duty", new()
        {
            ["Input.Category"] = form.QuerySelector("#edit-category")!.GetAttribute("value")!,
            ["Input.Name"] = "更正后的事项名称",
            ["Input.Departments"] = "县应急管理局、县消防救援大队",
            ["Input.DepartmentResponsibilities"] = "1.负责组织。\n2.负责指导。",
            ["Input.TownshipResponsibilities"] = "1.配合开展。",
            ["Input.Note"] = "对照原文更正名称与部门",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var corrected = await editor.GetPage(response.Headers.Location!.PathAndQuery);
        Assert.Equal("更正后的事项名称", corrected.QuerySelector("h1")!.TextContent);
        Assert.Contains("更正已保存为第 2 版", corrected.QuerySelector("[data-testid=corrected]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["县应急管理局", "县消防救援大队"], corrected.QuerySelectorAll(".duty-departments a, a[href^='/departments/']").Select(a => a.TextContent.Trim()).Distinct().Take(2));

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
    public async Task ACorrectionWithoutANoteIsRefusedAndStoresNothing()
    {
        var editor = await App.SignedInClientAsync(Roles.Editor);
        var revisionsBefore = await CountRevisionsAsync();

        var response = await editor.PostFormAsync("/admin/duties/1/edit", "correct-duty", new()
        {
            ["Input.Category"] = "党的建设",
            ["Input.Name"] = "新名称",
            ["Input.Note"] = " ",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请写明更正的理由", (await response.ParseAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(revisionsBefore, await CountRevisionsAsync());
    }

    [Fact]
    public async Task ADutyOfAnOldRevisionCannotBeCorrected()
    {
        var editor = await App.SignedInClientAsync(Roles.Editor);
        var fields = new Dictionary<string, string> { ["Input.Category"] = "党的建设", ["Input.Name"] = "第一次更正", ["Input.Note"] = "测试" };
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync("/admin/duties/1/edit", "correct-duty", fields)).StatusCode);

        // Duty 1 now belongs to revision 1, no longer current.
        var response = await editor.PostFormAsync("/admin/duties/1/edit", "correct-duty", fields);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("已不是当前版本", (await response.ParseAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdminRollsBackToAnEarlierRevisionAndTheRollbackIsRecorded()
    {
        var admin = await App.SignedInClientAsync(Roles.Admin);
        var townshipId = await TownshipOfDutyAsync(1);
        var originalName = (await admin.GetPage("/duties/1")).QuerySelector("h1")!.TextContent;
        var corrected = await admin.PostFormAsync("/admin/duties/1/edit", "correct-duty",
            new() { ["Input.Category"] = "党的建设", ["Input.Name"] = "错误的更正", ["Input.Note"] = "误操作" });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var history = await admin.GetPage($"/admin/townships/{townshipId}/revisions");
        Assert.Equal(2, history.QuerySelectorAll("tr[data-revision]").Length);
        var firstRevisionId = history.QuerySelector("tr[data-revision='1'] button[name='Rollback.RevisionId']")!.GetAttribute("value")!;
        var currentId = history.QuerySelector("input[name='Rollback.ExpectedCurrentId']")!.GetAttribute("value")!;

        var response = await admin.PostFormAsync($"/admin/townships/{townshipId}/revisions", "make-current",
            new() { ["Rollback.RevisionId"] = firstRevisionId, ["Rollback.ExpectedCurrentId"] = currentId });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await admin.GetPage($"/admin/townships/{townshipId}/revisions");
        Assert.Contains("当前", after.QuerySelector("tr[data-revision='1'] th")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(after.QuerySelectorAll("li"), li => li.TextContent.Contains("从第 2 版改为第 1 版", StringComparison.Ordinal));
        var township = await admin.GetPage($"/townships/{townshipId}?q={Uri.EscapeDataString(originalName[..Math.Min(6, originalName.Length)])}");
        Assert.NotEmpty(township.DutyRows());
        Assert.Equal(2, await CountRevisionsAsync(townshipId));
    }

    [Fact]
    public async Task ARollbackPreparedAgainstAStaleCurrentRevisionIsAConflict()
    {
        var admin = await App.SignedInClientAsync(Roles.Admin);
        var townshipId = await TownshipOfDutyAsync(1);
        var history = await admin.GetPage($"/admin/townships/{townshipId}/revisions");
        var staleCurrent = history.QuerySelector("input[name='Rollback.ExpectedCurrentId']")!.GetAttribute("value")!;
        await admin.PostFormAsync("/admin/duties/1/edit", "correct-duty", new() { ["Input.Category"] = "党的建设", ["Input.Name"] = "其间的更正", ["Input.Note"] = "并发" });

        var response = await admin.PostFormAsync($"/admin/townships/{townshipId}/revisions", "make-current",
            new() { ["Rollback.RevisionId"] = staleCurrent, ["Rollback.ExpectedCurrentId"] = staleCurrent });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("已被他人更改", (await response.ParseAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditorsCannotRollBack()
    {
        var editor = await App.SignedInClientAsync(Roles.Editor);
        var townshipId = await TownshipOfDutyAsync(1);
        var before = await CountRevisionsAsync();

        var response = await editor.PostFormAsync($"/admin/townships/{townshipId}/revisions", "make-current",
            new() { ["Rollback.RevisionId"] = "1", ["Rollback.ExpectedCurrentId"] = "1" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await CountRevisionsAsync());
    }

    private Task<int> CountRevisionsAsync(int townshipId) => QueryAsync(db => db.Revisions.CountAsync(r => r.TownshipId == townshipId));

    private Task<int> TownshipOfDutyAsync(int dutyId) =>
        QueryAsync(db => db.Duties.Where(d => d.Id == dutyId).Select(d => d.Revision!.TownshipId).SingleAsync());
}
