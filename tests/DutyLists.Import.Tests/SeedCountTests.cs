using DutyLists.Import.Model;

namespace DutyLists.Import.Tests;

public class SeedCountTests
{
    [Theory]
    [InlineData(SeedFiles.File000, DutyKind.Basic, 87)]
    [InlineData(SeedFiles.File000, DutyKind.Cooperative, 123)]
    [InlineData(SeedFiles.File000, DutyKind.Reclaimed, 52)]
    [InlineData(SeedFiles.File001, DutyKind.Basic, 105)]
    [InlineData(SeedFiles.File001, DutyKind.Cooperative, 103)]
    [InlineData(SeedFiles.File001, DutyKind.Reclaimed, 37)]
    [InlineData(SeedFiles.File003, DutyKind.Cooperative, 69)]
    [InlineData(SeedFiles.File004, DutyKind.Basic, 108)]
    [InlineData(SeedFiles.File004, DutyKind.Cooperative, 102)]
    [InlineData(SeedFiles.File004, DutyKind.Reclaimed, 31)]
    public void EachListHasTheHandCountedNumberOfDutiesNumberedOneToN(string file, DutyKind kind, int count)
    {
        var duties = SeedFiles.Duties(file, kind);

        Assert.Equal(Enumerable.Range(1, count), duties.Select(d => d.Number));
    }

    [Fact]
    public void DocumentWithOnlyTheCooperativeListSaysSo()
    {
        Assert.Equal([DutyKind.Cooperative], SeedFiles.Parsed(SeedFiles.File003).Lists);
    }

    [Theory]
    [InlineData(SeedFiles.File000)]
    [InlineData(SeedFiles.File001)]
    [InlineData(SeedFiles.File004)]
    public void DocumentsWithAllThreeListsListThemInOrder(string file)
    {
        Assert.Equal([DutyKind.Basic, DutyKind.Cooperative, DutyKind.Reclaimed], SeedFiles.Parsed(file).Lists);
    }

    [Theory]
    [InlineData(SeedFiles.File000, DutyKind.Basic, "党的建设 22 · 经济发展 3 · 民生服务 6 · 平安法治 2 · 乡村振兴 11 · 精神文明建设 2 · 社会管理 1 · 安全稳定 1 · 民族宗教 1 · 社会保障 2 · 自然资源 8 · 生态环保 2 · 城乡建设 6 · 交通运输 1 · 文化和旅游 3 · 卫生健康 4 · 应急管理及消防 4 · 市场监管 2 · 投资促进 1 · 综合政务 5")]
    [InlineData(SeedFiles.File000, DutyKind.Cooperative, "党的建设 11 · 民生服务 11 · 平安法治 4 · 乡村振兴 17 · 社会管理 4 · 安全稳定 1 · 社会保障 3 · 自然资源 17 · 生态环保 13 · 城乡建设 7 · 交通运输 1 · 商贸流通 1 · 文化和旅游 4 · 文化旅游 3 · 文化和旅游 1 · 卫生健康 3 · 应急管理及消防 12 · 市场监管 7 · 综合政务 2 · 教育培训监管 1")]
    [InlineData(SeedFiles.File000, DutyKind.Reclaimed, "民生服务 8 · 乡村振兴 6 · 社会保障 4 · 自然资源 10 · 生态环保 2 · 城乡建设 12 · 交通运输 2 · 卫生健康 2 · 应急管理及消防 4 · 市场监管 2")]
    [InlineData(SeedFiles.File001, DutyKind.Basic, "党的建设 22 · 经济发展 5 · 民生服务 5 · 平安法治 8 · 乡村振兴 13 · 精神文明建设 4 · 社会管理 2 · 民族宗教 2 · 社会保障 9 · 自然资源 7 · 生态环保 5 · 城乡建设 4 · 交通运输 1 · 文化和旅游 3 · 卫生健康 3 · 应急管理及消防 3 · 市场监管 2 · 投资促进 1 · 综合政务 6")]
    [InlineData(SeedFiles.File001, DutyKind.Cooperative, "党的建设 11 · 经济发展 2 · 民生服务 4 · 平安法治 4 · 乡村振兴 13 · 社会管理 2 · 安全稳定 1 · 社会保障 8 · 自然资源 14 · 生态环保 9 · 城乡建设 6 · 交通运输 1 · 文化和旅游 6 · 卫生健康 3 · 应急管理及消防 11 · 市场监管 5 · 综合政务 2 · 教育培训监管 1")]
    [InlineData(SeedFiles.File001, DutyKind.Reclaimed, "民生服务 4 · 乡村振兴 4 · 社会保障 7 · 自然资源 10 · 生态环保 2 · 交通运输 2 · 卫生健康 2 · 应急管理及消防 3 · 市场监管 3")]
    [InlineData(SeedFiles.File003, DutyKind.Cooperative, "党的建设 1 · 社会管理 4 · 卫生健康 1 · 社会保障 19 · 市场监管 1 · 应急管理 18 · 自然资源 2 · 城乡建设 7 · 生态环保 7 · 乡村振兴 8 · 综合政务 1")]
    [InlineData(SeedFiles.File004, DutyKind.Basic, "党的建设 22 · 经济发展 6 · 民生服务 5 · 平安法治 8 · 乡村振兴 12 · 精神文明建设 4 · 社会管理 2 · 民族宗教 2 · 社会保障 9 · 自然资源 7 · 生态环保 5 · 城乡建设 6 · 交通运输 1 · 文化和旅游 4 · 卫生健康 3 · 应急管理及消防 3 · 市场监管 2 · 投资促进 1 · 综合政务 6")]
    [InlineData(SeedFiles.File004, DutyKind.Cooperative, "党的建设 11 · 经济发展 2 · 民生服务 4 · 平安法治 4 · 乡村振兴 13 · 社会管理 2 · 安全稳定 1 · 社会保障 8 · 自然资源 13 · 生态环保 8 · 城乡建设 6 · 交通运输 1 · 文化和旅游 7 · 卫生健康 3 · 应急管理及消防 11 · 市场监管 5 · 综合政务 2 · 教育培训监管 1")]
    [InlineData(SeedFiles.File004, DutyKind.Reclaimed, "民生服务 4 · 乡村振兴 4 · 社会保障 6 · 自然资源 6 · 生态环保 1 · 城乡建设 2 · 交通运输 2 · 卫生健康 2 · 应急管理及消防 3 · 市场监管 1")]
    public void CategoriesRunInListOrderWithTheHandCountedSizes(string file, DutyKind kind, string expected)
    {
        // Runs of equal categories, as the document lists them; 000 coop's 文化旅游 (95-97) interrupts 文化和旅游 (91-94, 98).
        var runs = new List<(string Category, int Count)>();
        foreach (var duty in SeedFiles.Duties(file, kind))
        {
            if (runs.Count > 0 && runs[^1].Category == duty.Category)
            {
                runs[^1] = (duty.Category, runs[^1].Count + 1);
            }
            else
            {
                runs.Add((duty.Category, 1));
            }
        }

        Assert.Equal(expected, string.Join(" · ", runs.Select(r => $"{r.Category} {r.Count}")));
    }

    [Fact]
    public void CategoryHeadingsOf003AreDeclaredFiguresThatAgreeWithTheRows()
    {
        var list = SeedFiles.Parsed(SeedFiles.File003);

        var declared = list.Declared!.DutiesPerCategory;
        Assert.Equal(11, declared.Count);
        Assert.Equal(69, declared.Values.Sum());
        Assert.Equal(19, declared["社会保障"]);
        Assert.Equal(18, declared["应急管理"]);
        Assert.Equal(7, declared["生态环保"]);
        foreach (var (category, count) in declared)
        {
            Assert.Equal(count, list.Duties.Count(d => d.Category == category));
        }
    }
}
