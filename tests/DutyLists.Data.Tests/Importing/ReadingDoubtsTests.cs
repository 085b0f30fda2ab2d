using DutyLists.Data.History;
using DutyLists.Data.Importing;
using DutyLists.Data.Revisions;
using DutyLists.Data.Tests.Infrastructure;
using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Tests.Importing;

/// <summary>
/// A revision's flagged items that hold the current revision's characters, and differ only where the reader could not
/// see a space or a paragraph mark, are settled from the current revision; every other difference stays a change.
/// </summary>
public sealed class ReadingDoubtsTests
{
    private const string Doubt = "PDF 第3页“上级部门职责”一栏中，“…。”恰在行末，看不出下一行是另起一条还是接着上一条，已按另起一条读取，请对照原件核对";

    [Fact]
    public async Task AFlaggedItemThatDiffersOnlyInItsLineEndsPreviewsAsNoChangeAndIsStoredWithTheCurrentWording()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var (importer, previewer) = (database.Importer(), database.Previewer());
        var first = await importer.ImportAsync(SeedDocuments.Read("000"), importedBy: null);
        var seed = SeedDocuments.Read("000");

        // Three cooperative items of several entries: one read with its entries run together and flagged, one the same
        // but with a character that differs, one run together without a flag (a document that is sure of its layout).
        var several = seed.Duties.Where(d => d.Kind == DutyKind.Cooperative && d.DepartmentResponsibilities.Count >= 2 && d.ReviewReason is null).Take(3).ToList();
        var (settled, changed, sure) = (several[0], several[1], several[2]);
        var joined = new Dictionary<int, ParsedDuty>
        {
            [settled.Number] = RunTogether(settled) with { ReviewReason = Doubt, SourceLines = ["原文行"] },
            [changed.Number] = RunTogether(changed) with { Name = changed.Name + "等", ReviewReason = Doubt },
            [sure.Number] = RunTogether(sure),
        };
        var document = seed with
        {
            Sha256 = new string('a', 64),
            Duties = [.. seed.Duties.Select(d => d.Kind == DutyKind.Cooperative && joined.TryGetValue(d.Number, out var read) ? read : d)],
            Warnings = [.. seed.Warnings, new ImportWarning(seed.FileName, settled.Line, $"配合履职事项第{settled.Number}项：{Doubt}")],
        };

        var preview = await previewer.PreviewAsync(document, newTownshipConfirmed: false);

        var cooperative = preview.Diff[DutyKind.Cooperative];
        Assert.Equal([changed.Number, sure.Number], cooperative.Changed.Select(c => c.New.Number).Order());
        Assert.Empty(cooperative.Added);
        Assert.Empty(cooperative.Removed);
        var notice = Assert.Single(preview.Notices);
        Assert.StartsWith($"配合履职事项第{settled.Number}项在文件中无法确定分段、空格或相邻两项的分界，但与现行版本逐字相同", notice, StringComparison.Ordinal);
        var kept = preview.List.Duties.Single(d => d.Kind == DutyKind.Cooperative && d.Number == settled.Number);
        Assert.Equal(settled.DepartmentResponsibilities, kept.DepartmentResponsibilities);
        Assert.Null(kept.ReviewReason);
        Assert.Equal(Doubt, preview.List.Duties.Single(d => d.Kind == DutyKind.Cooperative && d.Number == changed.Number).ReviewReason);
        Assert.EndsWith("已沿用现行版本的写法", preview.List.Warnings.Single(w => w.Line == settled.Line && w.Message.Contains(Doubt, StringComparison.Ordinal)).Message, StringComparison.Ordinal);

        var second = await importer.ImportAsync(document, "admin", preview.Base);

        await using var db = await database.Contexts.CreateDbContextAsync();
        var stored = (await StoredDuties.LoadAsParsedAsync(db, second.RevisionId, CancellationToken.None)).ToDictionary(d => (d.Kind, d.Number));
        Assert.Equal(settled.DepartmentResponsibilities, stored[(DutyKind.Cooperative, settled.Number)].DepartmentResponsibilities);
        Assert.Null(stored[(DutyKind.Cooperative, settled.Number)].ReviewReason);
        Assert.Single(stored[(DutyKind.Cooperative, changed.Number)].DepartmentResponsibilities);
        Assert.Equal(Doubt, stored[(DutyKind.Cooperative, changed.Number)].ReviewReason);
        Assert.Single(stored[(DutyKind.Cooperative, sure.Number)].DepartmentResponsibilities);
        Assert.Contains(await db.RevisionWarnings.Where(w => w.RevisionId == second.RevisionId).Select(w => w.Message).ToListAsync(),
            m => m.Contains(Doubt, StringComparison.Ordinal) && m.EndsWith("已沿用现行版本的写法", StringComparison.Ordinal));
        var diff = await new RevisionComparison(new DutySnapshotLoader(database.Contexts)).CompareRevisionsAsync(first.RevisionId, second.RevisionId);
        Assert.Equal([changed.Number, sure.Number], diff[DutyKind.Cooperative].Changed.Select(c => c.New.Number).Order());
    }

    [Fact]
    public async Task ANewTownshipHasNothingToSettleFrom()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var (_, previewer) = (database.Importer(), database.Previewer());
        var seed = SeedDocuments.Read("000");
        var flagged = seed.Duties.First(d => d.Kind == DutyKind.Cooperative && d.DepartmentResponsibilities.Count >= 2);
        var document = seed with { Duties = [.. seed.Duties.Select(d => d == flagged ? RunTogether(d) with { ReviewReason = Doubt } : d)] };

        var preview = await previewer.PreviewAsync(document, newTownshipConfirmed: false);

        Assert.True(preview.IsNewTownship);
        Assert.DoesNotContain(preview.Notices, n => n.Contains("现行版本", StringComparison.Ordinal));
        Assert.Equal(Doubt, preview.List.Duties.Single(d => d.Kind == flagged.Kind && d.Number == flagged.Number).ReviewReason);
    }

    [Theory]
    [InlineData("县水利局", "县水利局", true)]
    [InlineData("县 水利局", "县水利局", true)]
    [InlineData("县水利局", "县水务局", false)]
    public void OnlyWhitespaceAndEntryBoundariesMayDiffer(string read, string stored, bool same)
    {
        var item = new ParsedDuty { Kind = DutyKind.Cooperative, Number = 1, Category = "水利", Name = "河道管理", Line = 1 };
        var entries = new ResponsibilityItem[] { new("1.", "巡查河道。"), new("2.", "上报问题。") };
        var document = item with { Departments = [read], DepartmentResponsibilities = [new(null, "1.巡查河道。 2.上报问题。")] };
        var current = item with { Departments = [stored], DepartmentResponsibilities = entries };

        Assert.Equal(same, ReadingDoubts.SameCharacters(document, current));
        Assert.False(ReadingDoubts.SameCharacters(document with { TownshipResponsibilities = [new(null, "巡查河道。")] }, current with { Departments = [read] }));
    }

    [Fact]
    public void WhereTheNamedDepartmentsEndAndTheGenericTailBeginsIsALineEndsGuessToo()
    {
        var item = new ParsedDuty { Kind = DutyKind.Cooperative, Number = 27, Category = "应急管理", Name = "安全生产", Line = 1 };

        Assert.True(ReadingDoubts.SameCharacters(
            item with { Departments = ["区应急管理局其他行业主管部门"] },
            item with { Departments = ["区应急管理局"], OtherDepartments = "其他行业主管部门" }));
        Assert.False(ReadingDoubts.SameCharacters(
            item with { Departments = ["区应急管理局"], OtherDepartments = "其他行业主管部门" },
            item with { Departments = ["区应急管理局"], OtherDepartments = "其他负有安全生产监督管理职责的部门" }));
    }

    [Fact]
    public void TwoNeighboursMaySettleWhereOneRowEndsAndTheNextBegins()
    {
        var item = new ParsedDuty { Kind = DutyKind.Cooperative, Number = 61, Category = "生态环保", Name = "河道管理", Line = 1 };
        var storedFirst = item with { DepartmentResponsibilities = [new("1.", "巡查河道。")], Support = [new(null, "提供经费。")] };
        var storedSecond = item with { Number = 62, Name = "污水处理", DepartmentResponsibilities = [new("1.", "检查企业。")] };

        // The cut fell one line late: the second row's first line went into the first row's 履职保障.
        var first = storedFirst with { Support = [new(null, "提供经费。 1.检查企业。")] };
        var second = storedSecond with { DepartmentResponsibilities = [] };

        Assert.False(ReadingDoubts.SameCharacters(first, storedFirst));
        Assert.True(ReadingDoubts.SameCharacters(first, second, storedFirst, storedSecond));
        Assert.False(ReadingDoubts.SameCharacters(first, second with { DepartmentResponsibilities = [new("2.", "上报。")] }, storedFirst, storedSecond));
        // Text that crossed into another column is not a cut.
        Assert.False(ReadingDoubts.SameCharacters(storedFirst with { TownshipResponsibilities = [new("1.", "检查企业。")] }, second, storedFirst, storedSecond));
    }

    /// <summary>The item as a reader that missed every entry break would read it: one unnumbered entry of all the text.</summary>
    private static ParsedDuty RunTogether(ParsedDuty duty) =>
        duty with { DepartmentResponsibilities = [new ResponsibilityItem(null, string.Concat(duty.DepartmentResponsibilities.Select(e => e.Number + e.Text)))] };
}
