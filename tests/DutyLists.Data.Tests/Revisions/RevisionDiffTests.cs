using System.Text.Json;
using DutyLists.Data.Revisions;
using DutyLists.Data.Tests.Infrastructure;
using DutyLists.Import;
using DutyLists.Import.Model;

namespace DutyLists.Data.Tests.Revisions;

public sealed class RevisionDiffTests
{
    private static readonly List<DutySnapshot> Seed004 = Lists.Of("004");

    [Fact]
    public void ASeedDocumentComparedWithAFreshParseOfItselfIsUnchanged()
    {
        var again = DutyListReader.CreateDefault().ReadFile(SeedDocuments.PathOf("004")).Duties.Select(DutySnapshot.AsWritten);

        var diff = RevisionDiff.Compare(Seed004, again);

        Assert.False(diff.HasChanges);
        Assert.Equal(new DiffTotals(0, 0, 0, 0, 0, Seed004.Count), diff.Totals);
        Assert.All(Enum.GetValues<DutyKind>(), kind => Assert.Equal(Seed004.Count(d => d.Kind == kind), diff[kind].Unchanged));
    }

    [Theory]
    [InlineData(DutyKind.Basic)]
    [InlineData(DutyKind.Cooperative)]
    [InlineData(DutyKind.Reclaimed)]
    public void DeletingItemFiveAndRenumberingTheRestIsOneRemovalAndNoChange(DutyKind kind)
    {
        var count = Seed004.Count(d => d.Kind == kind);
        Assert.True(count > 5, $"004 should have more than five {kind} duties");

        var diff = RevisionDiff.Compare(Seed004, Seed004.Without(kind, 5));

        var list = diff[kind];
        Assert.Equal(Seed004.Find(kind, 5), Assert.Single(list.Removed));
        Assert.Equal(5, list.Removed[0].Number);
        Assert.Empty(list.Added);
        Assert.Empty(list.Changed);
        Assert.Equal(count - 5, list.Renumbered);
        Assert.Equal(0, list.Moved);
        Assert.Equal(count - 1, list.Unchanged);
        Assert.Equal(new DiffTotals(0, 1, 0, count - 5, 0, Seed004.Count - 1), diff.Totals);
    }

    [Fact]
    public void InsertingADutyIsOneAddition()
    {
        var inserted = new DutySnapshot { Kind = DutyKind.Basic, Number = 0, Category = "平安法治", Name = "组织开展辖区内无人机飞行安全宣传，及时劝阻和报告违规飞行行为。" };
        var basic = Seed004.Kind(DutyKind.Basic);
        var revised = basic.Take(2).Append(inserted).Concat(basic.Skip(2)).Renumbered();

        var list = RevisionDiff.Compare(basic, revised)[DutyKind.Basic];

        var added = Assert.Single(list.Added);
        Assert.Equal((3, inserted.Name), (added.Number, added.Name));
        Assert.Empty(list.Removed);
        Assert.Empty(list.Changed);
        Assert.Equal(basic.Count - 2, list.Renumbered);
        Assert.Equal(0, list.Moved);
    }

    [Fact]
    public void ASlightlyRewordedNameIsOneChangeWithTheInsertedWordsMarked()
    {
        var old = Seed004.Find(DutyKind.Basic, 10);
        var middle = old.Name.Length / 2;
        var reworded = old.Name.Insert(middle, "认真");

        var list = RevisionDiff.Compare(Seed004, Seed004.Replacing(DutyKind.Basic, 10, d => d with { Name = reworded }))[DutyKind.Basic];

        var change = Assert.Single(list.Changed);
        Assert.Empty(list.Added);
        Assert.Empty(list.Removed);
        Assert.False(change.NumberChanged);
        var field = Assert.Single(change.Fields);
        Assert.Equal(DutyField.Name, field.Field);
        Assert.Equal((old.Name, reworded), (field.Old, field.New));
        Assert.Equal(
            [new(DiffOperation.Equal, old.Name[..middle]), new(DiffOperation.Inserted, "认真"), new(DiffOperation.Equal, old.Name[middle..])],
            field.Segments);
    }

    [Fact]
    public void AChangedDepartmentIsOneChangeOfTheDepartmentsField()
    {
        var old = Seed004.Kind(DutyKind.Cooperative).First(d => d.Departments.Length > 0 && !d.Departments.Contains("县气象局"));
        var departments = old.Departments.SetItem(0, "县气象局");

        var list = RevisionDiff.Compare(Seed004, Seed004.Replacing(DutyKind.Cooperative, old.Number, d => d with { Departments = departments }))[DutyKind.Cooperative];

        var change = Assert.Single(list.Changed);
        Assert.Equal(old.Number, change.New.Number);
        var field = Assert.Single(change.Fields);
        Assert.Equal(DutyField.Departments, field.Field);
        Assert.Equal(string.Join('、', departments), field.New);
        Assert.Equal(field.Old, field.OldText());
        Assert.Equal(field.New, field.NewText());
        Assert.Contains(field.Segments, s => s.Operation == DiffOperation.Inserted);
    }

    [Fact]
    public void AChangedCategoryAndADiscontinuedDutyAreReportedAsThoseFields()
    {
        var reclaimed = Seed004.Find(DutyKind.Reclaimed, 2);
        var revised = Seed004
            .Replacing(DutyKind.Basic, 1, d => d with { Category = d.Category + "工作" })
            .Replacing(DutyKind.Reclaimed, 2, d => d with { Discontinued = !d.Discontinued });

        var diff = RevisionDiff.Compare(Seed004, revised);

        Assert.Equal([DutyField.Category], Assert.Single(diff[DutyKind.Basic].Changed).Fields.Select(f => f.Field));
        var discontinued = Assert.Single(Assert.Single(diff[DutyKind.Reclaimed].Changed).Fields);
        Assert.Equal((DutyField.Discontinued, reclaimed.Discontinued ? "是" : "否"), (discontinued.Field, discontinued.Old));
        Assert.Equal(new DiffTotals(0, 0, 2, 0, 0, Seed004.Count - 2), diff.Totals);
    }

    [Fact]
    public void SwappingTwoDutiesOnlyRenumbersThem()
    {
        var basic = Seed004.Kind(DutyKind.Basic);
        var swapped = basic.Select(d => d.Number switch { 3 => d with { Number = 4 }, 4 => d with { Number = 3 }, _ => d }).ToList();

        var list = RevisionDiff.Compare(basic, swapped)[DutyKind.Basic];

        Assert.Empty(list.Added);
        Assert.Empty(list.Removed);
        Assert.Empty(list.Changed);
        Assert.Equal(2, list.Renumbered);
        Assert.Equal(1, list.Moved);
        Assert.Equal(basic.Count, list.Unchanged);
        Assert.True(list.HasChanges);
    }

    [Fact]
    public void AWhollyRewrittenDutyIsRemovedAndAddedNotMatched()
    {
        var old = Seed004.Find(DutyKind.Basic, 7);
        var rewritten = "组织开展辖区冬季供暖设施巡查，协调解决群众反映的供热问题。";

        var list = RevisionDiff.Compare(Seed004, Seed004.Replacing(DutyKind.Basic, 7, d => d with { Name = rewritten }))[DutyKind.Basic];

        Assert.Empty(list.Changed);
        Assert.Equal(old.Name, Assert.Single(list.Removed).Name);
        Assert.Equal((7, rewritten), (Assert.Single(list.Added).Number, list.Added[0].Name));
    }

    [Fact]
    public void ARewordedDutyThatAlsoMovedIsMatchedByContentNotByNumber()
    {
        var basic = Seed004.Kind(DutyKind.Basic);
        var moved = basic.Find(DutyKind.Basic, 2);
        var reworded = moved with { Name = moved.Name.Insert(moved.Name.Length / 2, "及时") };
        var revised = basic.Where(d => d.Number != 2).Append(reworded).Renumbered();

        var list = RevisionDiff.Compare(basic, revised)[DutyKind.Basic];

        var change = Assert.Single(list.Changed);
        Assert.Equal((2, basic.Count), (change.Old.Number, change.New.Number));
        Assert.True(change.NumberChanged);
        Assert.Empty(list.Added);
        Assert.Empty(list.Removed);
    }

    [Fact]
    public void SegmentsSpellOutBothVersionsOfRealResponsibilityTexts()
    {
        // Neighbouring cooperative duties: different texts with much vocabulary in common.
        var cooperative = Seed004.Kind(DutyKind.Cooperative);
        for (var i = 0; i + 1 < cooperative.Count; i++)
        {
            var revised = cooperative[i] with { TownshipResponsibilities = cooperative[i + 1].TownshipResponsibilities };
            var changes = RevisionDiff.Compare([cooperative[i]], [revised]).Lists.SelectMany(l => l.Changed).SelectMany(c => c.Fields).ToList();
            Assert.All(changes, field =>
            {
                Assert.Equal(field.Old, field.OldText());
                Assert.Equal(field.New, field.NewText());
                Assert.DoesNotContain(field.Segments.Zip(field.Segments.Skip(1)), p => p.First.Operation == p.Second.Operation);
            });
        }
    }

    [Fact]
    public void TextsTooLongForTheTableAreComparedByLine()
    {
        var lines = Seed004.SelectMany(d => d.DepartmentResponsibilities.Concat(d.TownshipResponsibilities)).Distinct().Take(60).ToList();
        var old = Seed004.Find(DutyKind.Cooperative, 1) with { DepartmentResponsibilities = [.. lines] };
        var revised = old with { DepartmentResponsibilities = [.. lines.Take(10), .. lines.Skip(11).Take(30), "新增的职责条目。", .. lines.Skip(41)] };
        Assert.True(string.Join('\n', lines.Skip(10).Take(31)).Length > 500, "what differs should exceed the LCS table");

        var field = Assert.Single(Assert.Single(RevisionDiff.Compare([old], [revised])[DutyKind.Cooperative].Changed).Fields);

        Assert.Equal(field.Old, field.OldText());
        Assert.Equal(field.New, field.NewText());
        Assert.Equal(lines[10] + "\n", Assert.Single(field.Segments, s => s.Operation == DiffOperation.Deleted).Text);
    }

    [Fact]
    public void TheDiffAndItsSummarySerialiseAsCamelCaseJsonWithNamedValues()
    {
        var revised = Seed004.Without(DutyKind.Basic, 5).Replacing(DutyKind.Basic, 1, d => d with { Name = d.Name + "。" });
        var diff = RevisionDiff.Compare(Seed004, revised);

        using var full = JsonDocument.Parse(JsonSerializer.Serialize(diff, JsonSerializerOptions.Web));
        var basic = full.RootElement.GetProperty("lists")[0];
        Assert.Equal("Basic", basic.GetProperty("kind").GetString());
        Assert.Equal(5, basic.GetProperty("removed")[0].GetProperty("number").GetInt32());
        var field = basic.GetProperty("changed")[0].GetProperty("fields")[0];
        Assert.Equal("Name", field.GetProperty("field").GetString());
        Assert.Equal("Inserted", field.GetProperty("segments")[1].GetProperty("operation").GetString());
        Assert.True(full.RootElement.GetProperty("hasChanges").GetBoolean());
        Assert.Equal(1, full.RootElement.GetProperty("totals").GetProperty("removed").GetInt32());

        using var summary = JsonDocument.Parse(JsonSerializer.Serialize(diff.Summarize(), JsonSerializerOptions.Web));
        var list = summary.RootElement.GetProperty("lists")[0];
        Assert.Equal([5], list.GetProperty("removed").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(1, list.GetProperty("changed")[0].GetProperty("newNumber").GetInt32());
    }
}
