using DutyLists.Data.Queries;
using DutyLists.Import.Model;
using DutyLists.Web.Components.Shared;
using DutyLists.Web.Components.Tests.Infrastructure;

namespace DutyLists.Web.Components.Tests.Shared;

/// <summary>The duty table shows the document's category and department words, the shared names beside them, encoded.</summary>
public sealed class DocumentWordsTests : ComponentTest
{
    private static DutyView Duty(int id, string category, string? categoryAsWritten, params DepartmentRef[] departments) => new()
    {
        Id = id,
        TownshipId = 5,
        TownshipName = "三台镇",
        RevisionId = 1,
        Kind = DutyKind.Cooperative,
        Number = id,
        Category = category,
        CategoryAsWritten = categoryAsWritten,
        Name = $"事项{id}",
        Departments = departments,
    };

    [Fact]
    public void TheDocumentsWordsComeFirstAndTheSharedNameBesideThemOnlyWhereTheyDiffer()
    {
        var duties = new[]
        {
            Duty(1, "应急管理及消防", "应急管理", new DepartmentRef(7, "吉木萨尔县残疾人联合会") { AsWritten = "吉木萨尔县残联" }, new DepartmentRef(8, "吉木萨尔县民政局")),
            Duty(2, "党的建设", null, new DepartmentRef(9, "吉木萨尔县委组织部")),
        };

        var table = Render<DutyTable>(p => p.Add(t => t.Items, duties).Add(t => t.Kind, DutyKind.Cooperative));

        var categories = table.FindAll("td[data-label=类别]");
        Assert.Equal(["应急管理（即 应急管理及消防）", "党的建设"], categories.Select(c => c.TextContent.Trim()));
        Assert.Equal("各乡镇清单统一使用的名称", categories[0].QuerySelector(".shared-name")!.GetAttribute("title"));
        var chips = table.FindAll("tr[data-duty-id='1'] ul.department-chips > li");
        Assert.Equal(["吉木萨尔县残联", "吉木萨尔县民政局"], chips.Select(li => li.QuerySelector("a")!.TextContent.Trim()));
        Assert.Equal(["/departments/7", "/departments/8"], chips.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal("（即 吉木萨尔县残疾人联合会）", chips[0].QuerySelector(".shared-name")!.TextContent.Trim());
        Assert.Null(chips[1].QuerySelector(".shared-name"));
        Assert.Empty(table.FindAll("tr[data-duty-id='2'] .shared-name"));
    }

    [Fact]
    public void TakeoverDepartmentsShowTheDocumentsWordsToo()
    {
        var duty = Duty(3, "民生服务", null) with
        {
            Kind = DutyKind.Reclaimed,
            Takeovers = [new TakeoverView(new DepartmentRef(7, "吉木萨尔县残疾人联合会") { AsWritten = "吉木萨尔县残联" }, "出具证明")],
        };

        var table = Render<DutyTable>(p => p.Add(t => t.Items, [duty]).Add(t => t.Kind, DutyKind.Reclaimed));

        var cell = table.Find("td[data-label=承接部门及工作方式]");
        Assert.Equal("吉木萨尔县残联", cell.QuerySelector("a.takeover-department")!.TextContent.Trim());
        Assert.Equal("（即 吉木萨尔县残疾人联合会）", cell.QuerySelector(".shared-name")!.TextContent.Trim());
    }

    [Fact]
    public void TheWordsAreEncoded()
    {
        var duty = Duty(4, "<b>类别</b>", "<script>alert(1)</script>", new DepartmentRef(7, "<i>部门</i>") { AsWritten = "<img src=x onerror=alert(1)>" });

        var table = Render<DutyTable>(p => p.Add(t => t.Items, [duty]).Add(t => t.Kind, DutyKind.Cooperative));

        Assert.Empty(table.FindAll("script, img, b, i"));
        Assert.Equal("<script>alert(1)</script>（即 <b>类别</b>）", table.Find("td[data-label=类别]").TextContent.Trim());
        var chip = table.Find("ul.department-chips > li");
        Assert.Equal("<img src=x onerror=alert(1)>", chip.QuerySelector("a")!.TextContent.Trim());
        Assert.Equal("（即 <i>部门</i>）", chip.QuerySelector(".shared-name")!.TextContent.Trim());
    }
}
