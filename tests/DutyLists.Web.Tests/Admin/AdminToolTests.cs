using System.Globalization;
using System.Net;
using DutyLists.Web.Accounts;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

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

        var response = await admin.PostFormAsync($"/admin/departments?county={Uri.EscapeDataString(from.County)}", "merge-departments",
            new() { ["MergeForm.FromId"] = from.Id.ToString(CultureInfo.InvariantCulture), ["MergeForm.IntoId"] = into.Id.ToString(CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("已合并", page.QuerySelector(".alert-success")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(from.Name, page.QuerySelector($"tr[data-department-id='{into.Id}']")!.TextContent, StringComparison.Ordinal);
        Assert.True(expected >= (await admin.GetPage($"/departments/{into.Id}")).DutyRows().Count);
        Assert.True((await admin.GetPage($"/departments/{into.Id}")).DutyRows().Count > intoPage.DutyRows().Count);
        await admin.GetPage($"/departments/{from.Id}", HttpStatusCode.NotFound);
        var audit = await admin.GetPage("/admin/audit");
        Assert.Contains(audit.QuerySelectorAll("tr[data-action='department-merge'] td"), td => td.TextContent.Contains(from.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAliasThatAlreadyNamesAnotherDepartmentIsRefused()
    {
        var admin = await App.SignedInClientAsync(Roles.Admin);
        var (from, into) = await TwoDepartmentsWithDutiesAsync();

        var response = await admin.PostFormAsync($"/admin/departments?county={Uri.EscapeDataString(from.County)}", "add-alias",
            new() { ["AliasForm.DepartmentId"] = into.Id.ToString(CultureInfo.InvariantCulture), ["AliasForm.Alias"] = from.Name });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请使用“合并”", (await response.ParseAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdminCreatesAnEditorWhoCanThenSignIn()
    {
        var admin = await App.SignedInClientAsync(Roles.Admin);

        var weak = await admin.PostFormAsync("/admin/accounts", "create-account",
            new() { ["NewAccount.Name"] = "编辑甲", ["NewAccount.Role"] = Roles.Editor, ["NewAccount.Password"] = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("密码太短", (await weak.ParseAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);

        var created = await admin.PostFormAsync("/admin/accounts", "create-account",
            new() { ["NewAccount.Name"] = "编辑甲", ["NewAccount.Role"] = Roles.Editor, ["NewAccount.Password"] = "editor-pass-42" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("编辑", (await created.ParseAsync()).QuerySelector("tr[data-user='编辑甲']")!.TextContent, StringComparison.Ordinal);

        var editor = App.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await editor.LogInAsync("编辑甲", "editor-pass-42")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(new Uri("/admin/review", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(new Uri("/admin/accounts", UriKind.Relative))).StatusCode);
    }

    private async Task<(Data.Model.Department From, Data.Model.Department Into)> TwoDepartmentsWithDutiesAsync()
    {
        var departments = await QueryAsync(db =>
            db.Departments.AsNoTracking().Where(d => db.DutyDepartments.Any(x => x.DepartmentId == d.Id)).ToListAsync());
        var pair = departments.GroupBy(d => d.County).First(g => g.Count() >= 2).OrderBy(d => d.Id).Take(2).ToList();
        return (pair[0], pair[1]);
    }
}
