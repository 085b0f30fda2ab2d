using System.Diagnostics;
using DutyLists.Data.Aliases;
using DutyLists.Data.Auditing;
using DutyLists.Data.History;
using DutyLists.Data.Importing;
using DutyLists.Data.Queries;
using DutyLists.Data.Tests.Infrastructure;
using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DutyLists.Data.Tests.Versions;

/// <summary>
/// The version of the lists moves with every change to them and with nothing else, and a process sees a change made by
/// another one (the command line, a second instance) within a second.
/// </summary>
public sealed class ListsVersionTests
{
    [Fact]
    public async Task EveryChangeToTheListsAdvancesTheVersionAndSignInsDoNot()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var audit = new AuditLog(database.Contexts, TimeProvider.System);
        var importer = new RevisionImporter(database.Contexts, TimeProvider.System, audit);
        var start = await VersionAsync(database);

        var first = await importer.ImportAsync(SeedDocuments.Read("001"), importedBy: "admin");
        Assert.Equal(start + 1, await VersionAsync(database));

        // The audit of sign-ins, failed or not, is no change to the lists.
        await audit.RecordAsync("admin", AuditAction.SignIn, "登录");
        await audit.RecordAsync("nobody", AuditAction.SignInFailed, "登录失败");
        Assert.Equal(start + 1, await VersionAsync(database));

        // An unchanged document stores nothing and changes nothing.
        await importer.ImportAsync(SeedDocuments.Read("001"), importedBy: "admin");
        Assert.Equal(start + 1, await VersionAsync(database));

        var dutyId = await FirstBasicDutyAsync(database, first.RevisionId);
        var corrections = new DutyCorrections(database.Contexts, TimeProvider.System, audit);
        var found = (await corrections.FindAsync(dutyId))!;
        var correction = new DutyCorrection { Category = found.Duty.Category, Name = found.Duty.Name + "（更正）", Note = "更正错字" };
        await corrections.CorrectAsync(dutyId, correction, "admin");
        Assert.Equal(start + 2, await VersionAsync(database));

        await new RevisionHistory(database.Contexts, audit).MakeCurrentAsync(first.TownshipId, first.RevisionId, await CurrentRevisionAsync(database, first.TownshipId), "admin");
        Assert.Equal(start + 3, await VersionAsync(database));

        var aliases = new DepartmentAliases(database.Contexts, audit);
        var (into, from) = await TwoDepartmentsAsync(database);
        await aliases.AddAliasAsync(into, "测试别名部门", "admin");
        Assert.Equal(start + 4, await VersionAsync(database));
        await aliases.MergeAsync(from, into, "admin");
        Assert.Equal(start + 5, await VersionAsync(database));
    }

    [Fact]
    public async Task AChangeRefusedChangesNotTheVersion()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var audit = new AuditLog(database.Contexts, TimeProvider.System);
        var first = await new RevisionImporter(database.Contexts, TimeProvider.System, audit).ImportAsync(SeedDocuments.Read("001"), importedBy: "admin");
        var start = await VersionAsync(database);

        await Assert.ThrowsAsync<RevisionConflictException>(() =>
            new RevisionHistory(database.Contexts, audit).MakeCurrentAsync(first.TownshipId, first.RevisionId, expectedCurrentId: -1, "admin"));
        Assert.Equal(start, await VersionAsync(database));
    }

    [Fact]
    public async Task AnImportByAnotherProcessIsSeenWithinASecond()
    {
        await using var database = await TemporaryDatabase.CreateAsync();

        // This process: its own contexts, its own current duties and its own view of the version, loaded before the change.
        var contexts = OwnContexts(database);
        using var currentDuties = new CurrentDuties(contexts);
        var search = new DutySearch(contexts, currentDuties);
        var monitor = new ListsVersionMonitor(contexts, TimeProvider.System);
        var seen = new List<long>();
        monitor.Changed += seen.Add;
        Assert.Equal(0, (await search.SearchAsync(new DutyFilter())).Total);
        var before = await monitor.CurrentAsync();

        // The other process (the command line's import, or another instance): contexts and importer of its own.
        var other = OwnContexts(database);
        await new RevisionImporter(other, TimeProvider.System, new AuditLog(other, TimeProvider.System)).ImportAsync(SeedDocuments.Read("001"), importedBy: null);

        var watch = Stopwatch.StartNew();
        long now;
        while ((now = await monitor.CurrentAsync()) == before && watch.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(20);
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"seen after {watch.ElapsedMilliseconds} ms");
        Assert.Equal(before + 1, now);
        Assert.Equal([now], seen);
        Assert.True((await search.SearchAsync(new DutyFilter())).Total > 0);
    }

    [Fact]
    public async Task ACategoryOf200CharactersIsStoredOnEitherDatabase()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var list = SeedDocuments.Read("001");
        var category = string.Concat(Enumerable.Repeat("农业农村", 50));
        var township = new string('镇', 150);
        list = list with
        {
            Township = list.Township with { Name = township },
            Duties = [list.Duties[0] with { Category = category }, .. list.Duties.Skip(1)],
        };

        var outcome = await new RevisionImporter(database.Contexts, TimeProvider.System, new AuditLog(database.Contexts, TimeProvider.System))
            .ImportAsync(list, importedBy: new string('管', 300));

        await using var db = await database.Contexts.CreateDbContextAsync();
        Assert.Equal(200, category.Length);
        Assert.True(await db.Categories.AnyAsync(c => c.Name == category));
        Assert.Equal(township, (await db.Townships.SingleAsync(t => t.Id == outcome.TownshipId)).Name);
    }

    private static PooledDbContextFactory<DutyListsDbContext> OwnContexts(TemporaryDatabase database) =>
        new((DbContextOptions<DutyListsDbContext>)database.Settings.Apply(new DbContextOptionsBuilder<DutyListsDbContext>()).Options);

    private static async Task<long> VersionAsync(TemporaryDatabase database)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        return await ListsVersions.ReadAsync(db);
    }

    private static async Task<int> FirstBasicDutyAsync(TemporaryDatabase database, int revisionId)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        return await db.Duties.Where(d => d.RevisionId == revisionId && d.Kind == DutyKind.Basic).OrderBy(d => d.Number).Select(d => d.Id).FirstAsync();
    }

    private static async Task<int?> CurrentRevisionAsync(TemporaryDatabase database, int townshipId)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        return await db.Townships.Where(t => t.Id == townshipId).Select(t => t.CurrentRevisionId).SingleAsync();
    }

    private static async Task<(int Into, int From)> TwoDepartmentsAsync(TemporaryDatabase database)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        var county = await db.Departments.GroupBy(d => d.County).Where(g => g.Count() > 1).Select(g => g.Key).FirstAsync();
        var ids = await db.Departments.Where(d => d.County == county).OrderBy(d => d.Id).Select(d => d.Id).Take(2).ToListAsync();
        return (ids[0], ids[1]);
    }
}
