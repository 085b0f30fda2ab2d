using DutyLists.Data.Queries;
using DutyLists.Data.Tests.Infrastructure;
using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Tests.Importing;

/// <summary>
/// The document's own words are stored and shown; a cross-township merge is an alias beside them, never a replacement;
/// a department that matches none of the county's is flagged.
/// </summary>
public sealed class DocumentWordsTests
{
    [Fact]
    public async Task ACategoryFiledUnderASharedOneKeepsItsOwnLabel()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var outcome = await database.Importer().ImportAsync(SeedDocuments.Read("003"), importedBy: null);

        await using var db = await database.Contexts.CreateDbContextAsync();
        var duty = await db.Duties.Include(d => d.Category).SingleAsync(d => d.RevisionId == outcome.RevisionId && d.Kind == DutyKind.Cooperative && d.Number == 27);
        // The alias table files 应急管理 under the shared 应急管理及消防 so that townships compare; the label stays 应急管理.
        Assert.Equal(("应急管理及消防", "应急管理"), (duty.Category!.Name, duty.CategoryAsWritten));

        var view = (await new DutyQueries(database.Contexts).ListForTownshipAsync(outcome.TownshipId, new DutyFilter { Kind = DutyKind.Cooperative })).Single(d => d.Number == 27);
        Assert.Equal(("应急管理", "应急管理及消防"), (view.DocumentCategory, view.Category));
    }

    [Fact]
    public async Task ADepartmentShortenedByTheDocumentKeepsItsWordsWithTheRegisterNameBeside()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var outcome = await database.Importer().ImportAsync(SeedDocuments.Read("004"), importedBy: null);

        await using var db = await database.Contexts.CreateDbContextAsync();
        var takeover = await db.Takeovers.Include(t => t.Department)
            .SingleAsync(t => t.DepartmentAsWritten == "吉木萨尔县残联" && db.Duties.Any(d => d.Id == t.DutyId && d.RevisionId == outcome.RevisionId));
        Assert.Equal("吉木萨尔县残疾人联合会", takeover.Department!.Name);

        var duty = await new DutyQueries(database.Contexts).FindAsync(takeover.DutyId);
        var department = Assert.Single(duty!.Takeovers, t => t.Department?.AsWritten is not null).Department!;
        Assert.Equal(("吉木萨尔县残联", "吉木萨尔县残疾人联合会"), (department.DocumentName, department.Name));
    }

    [Fact]
    public async Task ADepartmentOfAnotherLevelIsFlaggedWithItsLikelyMatchAndKeptAsWritten()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var seed = SeedDocuments.Read("000");

        var preview = await database.Previewer().PreviewAsync(seed, newTownshipConfirmed: false);

        var flagged = preview.List.Duties.Single(d => d.Kind == DutyKind.Cooperative && d.Number == 112);
        Assert.Contains("“市监督管理局”无法对应到察布查尔锡伯自治县的部门", flagged.ReviewReason, StringComparison.Ordinal);
        Assert.Contains("可能是“县市场监督管理局”", flagged.ReviewReason, StringComparison.Ordinal);
        Assert.Contains(preview.Notices, n => n.StartsWith("配合履职事项第112项：", StringComparison.Ordinal));
        Assert.Single(preview.Notices);

        var outcome = await database.Importer().ImportAsync(seed, importedBy: null);
        await using var db = await database.Contexts.CreateDbContextAsync();
        var stored = await db.Duties.SingleAsync(d => d.RevisionId == outcome.RevisionId && d.Kind == DutyKind.Cooperative && d.Number == 112);
        Assert.Equal(flagged.ReviewReason, stored.ReviewReason);
        Assert.True(await db.DutyDepartments.AnyAsync(x => x.DutyId == stored.Id && x.Department!.Name == "市监督管理局"));

        // Read again, the same document is not flagged twice.
        var again = await database.Previewer().PreviewAsync(preview.List with { Sha256 = "again" }, newTownshipConfirmed: false);
        Assert.Equal(flagged.ReviewReason, again.List.Duties.Single(d => d.Kind == DutyKind.Cooperative && d.Number == 112).ReviewReason);
        Assert.Empty(again.Notices);
    }

    [Fact]
    public async Task OfTheFiveSeedsOnly000Item112NamesADepartmentTheCountyCannotHave()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var notices = new List<string>();
        foreach (var seed in new[] { "000", "001", "002", "003", "004" })
        {
            notices.AddRange((await database.Previewer().PreviewAsync(SeedDocuments.Read(seed), newTownshipConfirmed: false)).Notices);
            await database.Importer().ImportAsync(SeedDocuments.Read(seed), importedBy: null);
        }

        Assert.StartsWith("配合履职事项第112项：对应上级部门“市监督管理局”", Assert.Single(notices), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARevisionNamingADepartmentTheCountyHasNotGotIsFlagged()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var seed = SeedDocuments.Read("004");
        await database.Importer().ImportAsync(seed, importedBy: null);
        var first = seed.Duties.First(d => d.Kind == DutyKind.Cooperative);
        var revised = seed with
        {
            Sha256 = "revised",
            Duties = [.. seed.Duties.Select(d => d == first ? d with { Departments = [.. d.Departments, "吉木萨尔县数据局"] } : d)],
        };

        var preview = await database.Previewer().PreviewAsync(revised, newTownshipConfirmed: false);

        var notice = Assert.Single(preview.Notices);
        Assert.Contains("“吉木萨尔县数据局”不是吉木萨尔县已有的部门或别名", notice, StringComparison.Ordinal);
        Assert.Contains("吉木萨尔县数据局", preview.List.Duties.Single(d => d.Kind == first.Kind && d.Number == first.Number).ReviewReason, StringComparison.Ordinal);
    }
}
