using DutyLists.Data.Queries;
using DutyLists.Import.Model;
using DutyLists.Web.Components.Shared;
using DutyLists.Web.Components.Tests.Infrastructure;

namespace DutyLists.Web.Components.Tests.Shared;

public sealed class DutyTableTests : ComponentTest
{
    private static DutyView Cooperative(int id, int number) => new()
    {
        Id = id,
        TownshipId = 5,
        TownshipName = "三台镇",
        RevisionId = 1,
        Kind = DutyKind.Cooperative,
        Number = number,
        Category = "党的建设",
        Name = $"事项{number}",
        Departments = [new DepartmentRef(7, "吉木萨尔县委组织部"), new DepartmentRef(8, "吉木萨尔县人民武装部")],
        DepartmentResponsibilities = [new ResponsibilityItem("1.", "确定代表名额")],
        TownshipResponsibilities = [new ResponsibilityItem("1.", "组织推荐")],
    };

    [Fact]
    public void RowsOutsideThePageAreKeptForPrintingOnlyAndCarryNoDutyIdHook()
    {
        var duties = Enumerable.Range(1, 5).Select(i => Cooperative(100 + i, i)).ToList();

        var table = Render<DutyTable>(p => p.Add(t => t.Items, duties).Add(t => t.Kind, DutyKind.Cooperative)
            .Add(t => t.ScreenFrom, 2).Add(t => t.ScreenTo, 4));

        Assert.Equal(["103", "104"], table.FindAll("tr[data-duty-id]").Select(r => r.GetAttribute("data-duty-id")));
        Assert.Equal(["101", "102", "105"], table.FindAll("tr[data-print-duty-id]").Select(r => r.GetAttribute("data-print-duty-id")));
        Assert.All(table.FindAll("tr[data-print-duty-id]"), r => Assert.Contains("print-only", r.ClassList));
        Assert.Equal(["序号", "类别", "事项名称", "对应上级部门", "乡镇配合职责"], table.FindAll("thead th").Select(th => th.TextContent));
    }

    [Fact]
    public void DepartmentsAreSeparateChipsLinkingToTheirPages()
    {
        var table = Render<DutyTable>(p => p.Add(t => t.Items, [Cooperative(101, 1)]).Add(t => t.Kind, DutyKind.Cooperative));

        var chips = table.FindAll("td[data-label=对应上级部门] ul.department-chips > li a");
        Assert.Equal(["/departments/7", "/departments/8"], chips.Select(a => a.GetAttribute("href")));
        Assert.Equal(["吉木萨尔县委组织部", "吉木萨尔县人民武装部"], chips.Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public void TheDepartmentsSideOfACooperativeDutyOpensInTheList()
    {
        var table = Render<DutyTable>(p => p.Add(t => t.Items, [Cooperative(101, 1)]).Add(t => t.Kind, DutyKind.Cooperative));
        var side = table.Find("tr#duty-101-department");
        Assert.DoesNotContain("expanded", side.ClassList);
        Assert.Contains("确定代表名额", side.TextContent, StringComparison.Ordinal);

        table.Find("button.expand-toggle").Click();

        Assert.Contains("expanded", table.Find("tr#duty-101-department").ClassList);
        Assert.Equal("true", table.Find("button.expand-toggle").GetAttribute("aria-expanded"));
        Assert.Equal("收起上级部门职责", table.Find("button.expand-toggle").TextContent.Trim());
    }

    [Fact]
    public void DocumentTextIsEncodedAndSearchWordsAreMarked()
    {
        var duty = Cooperative(101, 1) with { Name = "<script>alert(1)</script>消防宣传" };

        var table = Render<DutyTable>(p => p.Add(t => t.Items, [duty]).Add(t => t.Kind, DutyKind.Cooperative).Add(t => t.Words, ["消防"]));

        Assert.Empty(table.FindAll("script"));
        Assert.Contains("<script>alert(1)</script>", table.Find("a.duty-name").TextContent, StringComparison.Ordinal);
        Assert.Equal("消防", table.Find("a.duty-name mark").TextContent);
    }
}
