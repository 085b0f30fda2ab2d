using System.Net;
using DutyLists.Data.Aliases;
using DutyLists.Web.Accounts;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DutyLists.Web.Tests.Admin;

/// <summary>Department aliases and accounts; each test has an app of its own because each changes the database.</summary>
public sealed class AdminToolTests : FreshAppTests
{
    [Fact]
    public async Task MergingTwoDepartmentsMovesTheirDutiesAtOnceAndKeepsTheNameAsAnAlias()
    {
        var admin = await App.SignedInClientAsync(Roles.Admin);
        var (from, into) = await TwoDepartmentsWithDutiesAsync();
        var fromPage = await admin.GetPage($"/departments/{from.Id}");
        var intoPage = await admin.GetPage($"/departments/{into.Id}");
        var expected = fromPage.DutyRows().Count + intoPage.DutyRows().Count;

        // What the page's merge does once its dialog is confirmed (the dialog itself: MergeDialogTests).
        await App.Services.GetRequiredService<DepartmentAliases>().MergeAsync(from.Id, into.Id, "管理员");

        var page = await admin.GetPage($"/admin/departments?county={Uri.EscapeDataString(from.County)}");
        Assert.Contains(from.Name, page.QuerySelector($"[data-department-id='{into.Id}']")!.Closest("tr")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"[data-department-id='{from.Id}']"));
        Assert.True(expected >= (await admin.GetPage($"/departments/{into.Id}")).DutyRows().Count);
        Assert.True((await admin.GetPage($"/departments/{into.Id}")).DutyRows().Count > intoPage.DutyRows().Count);
        await admin.GetPage($"/departments/{from.Id}", HttpStatusCode.NotFound);
        var audit = await admin.GetPage("/admin/audit");
        Assert.Contains(audit.AuditRows("department-merge"), row => row.Contains(from.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAliasThatAlreadyNamesAnotherDepartmentIsRefused()
    {
        var (from, into) = await TwoDepartmentsWithDutiesAsync();

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => App.Services.GetRequiredService<DepartmentAliases>().AddAliasAsync(into.Id, from.Name, "管理员"));

        Assert.Contains("请使用“合并”", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdminCreatesAnEditorWhoCanThenSignIn()
    {
        await App.CreateUserAsync("管理员", Roles.Admin);

        var weak = await AccountPages.CreateAsync(App, "管理员", "编辑甲", Roles.Editor, "short");
        Assert.False(weak.Succeeded);
        Assert.Contains("密码太短", weak.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => AccountPages.IdOfAsync(App, "编辑甲"));

        var created = await AccountPages.CreateAsync(App, "管理员", "编辑甲", Roles.Editor, "editor-pass-42");
        Assert.True(created.Succeeded, created.Message);
        Assert.Equal("已创建编辑账户 编辑甲。", created.Message);

        var editor = App.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await editor.LogInAsync("编辑甲", "editor-pass-42")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(new Uri("/admin/review", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(new Uri("/admin/accounts", UriKind.Relative))).StatusCode);

        var admin = App.CreateBrowserLikeClient();
        await admin.LogInAsync("管理员", SignIn.Password);
        Assert.Contains("编辑", (await admin.GetPage("/admin/accounts")).QuerySelector("[data-user='编辑甲']")!.Closest("tr")!.TextContent, StringComparison.Ordinal);
        Assert.Contains((await admin.GetPage("/admin/audit")).AuditRows("account-created"), row => row.Contains("创建编辑账户 编辑甲", StringComparison.Ordinal));

        var again = await AccountPages.CreateAsync(App, "管理员", "编辑甲", Roles.Admin, "another-pass-93");
        Assert.False(again.Succeeded);
    }

    private async Task<(Data.Model.Department From, Data.Model.Department Into)> TwoDepartmentsWithDutiesAsync()
    {
        var departments = await QueryAsync(db =>
            db.Departments.AsNoTracking().Where(d => db.DutyDepartments.Any(x => x.DepartmentId == d.Id)).ToListAsync());
        var pair = departments.GroupBy(d => d.County).First(g => g.Count() >= 2).OrderBy(d => d.Id).Take(2).ToList();
        return (pair[0], pair[1]);
    }
}
