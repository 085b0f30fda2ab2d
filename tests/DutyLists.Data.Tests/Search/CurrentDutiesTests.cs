using System.Data.Common;
using DutyLists.Data.Auditing;
using DutyLists.Data.Importing;
using DutyLists.Data.Queries;
using DutyLists.Data.Tests.Infrastructure;
using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DutyLists.Data.Tests.Search;

/// <summary>A search across townships answers from the current duties held in memory; these check it never answers stale.</summary>
public sealed class CurrentDutiesTests
{
    [Fact]
    public async Task ASearchAfterAnImportSeesTheNewRevisionOnly()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var importer = new RevisionImporter(database.Contexts, TimeProvider.System, new AuditLog(database.Contexts, TimeProvider.System));
        var search = new DutySearch(database.Contexts);
        var list = SeedDocuments.Read("001");
        await importer.ImportAsync(list, importedBy: null);
        var before = await search.SearchAsync(new DutyFilter { Text = "消防" });
        var basic = before.Facets.Kinds.Single(k => k.Key == nameof(DutyKind.Basic)).Count;

        // A revision that adds 消防 to one basic duty that lacked it; searched with the same instance, as the app does.
        var target = list.Duties.First(d => d.Kind == DutyKind.Basic && !d.Name.Contains("消防", StringComparison.Ordinal) && !d.Category.Contains("消防", StringComparison.Ordinal));
        var revised = list with
        {
            Sha256 = "revised",
            Duties = [.. list.Duties.Select(d => d == target ? d with { Name = d.Name + "（含消防）" } : d)],
        };
        var outcome = await importer.ImportAsync(revised, importedBy: null);
        var after = await search.SearchAsync(new DutyFilter { Text = "消防", Kind = DutyKind.Basic }, pageSize: 500);

        Assert.Equal(basic + 1, after.Total);
        Assert.Equal(basic + 1, after.Facets.Kinds.Single(k => k.Key == nameof(DutyKind.Basic)).Count);
        Assert.All(after.Items, d => Assert.Equal(outcome.RevisionId, d.RevisionId));
        Assert.Contains(after.Items, d => d.Number == target.Number);
    }

    [Fact]
    public async Task ATownshipsCurrentListInMemoryCountsAsAnOlderRevisionInSql()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var importer = new RevisionImporter(database.Contexts, TimeProvider.System, new AuditLog(database.Contexts, TimeProvider.System));
        var list = SeedDocuments.Read("000");
        var old = await importer.ImportAsync(list, importedBy: null);
        await importer.ImportAsync(SeedDocuments.Read("004"), importedBy: null);
        // The same list again under another hash: a second revision with the same duties, so the first is an older one.
        var current = await importer.ImportAsync(list with { Sha256 = "again" }, importedBy: null);
        var search = new DutySearch(database.Contexts);
        var department = (await search.FacetsAsync(new DutyFilter { TownshipIds = [current.TownshipId], Kind = DutyKind.Cooperative })).Departments[0];

        foreach (var filter in new[]
        {
            new DutyFilter { Kind = DutyKind.Cooperative },
            new DutyFilter { Kind = DutyKind.Basic, Text = "宣传" },
            new DutyFilter { Text = "河长制" },
            new DutyFilter { Kind = DutyKind.Cooperative, Categories = ["自然资源"] },
            new DutyFilter { Kind = DutyKind.Cooperative, DepartmentIds = [int.Parse(department.Key, System.Globalization.CultureInfo.InvariantCulture)] },
        })
        {
            // A township page names its revision: the current one is matched in memory, the older one with SQL.
            var inMemory = await search.SearchAsync(filter with { TownshipIds = [current.TownshipId], RevisionId = current.RevisionId }, descending: true, pageSize: 500);
            var inSql = await search.SearchAsync(filter with { TownshipIds = [old.TownshipId], RevisionId = old.RevisionId }, descending: true, pageSize: 500);

            Assert.True(inSql.Total > 0, $"no duty for {filter}");
            Assert.Equal(inSql.Total, inMemory.Total);
            Assert.All(inMemory.Items, d => Assert.Equal(current.RevisionId, d.RevisionId));
            Assert.Equal(inSql.Items.Select(d => (d.Kind, d.Number, d.Name)), inMemory.Items.Select(d => (d.Kind, d.Number, d.Name)));
            Assert.Equal(inSql.Facets.Kinds, inMemory.Facets.Kinds);
            Assert.Equal(inSql.Facets.Categories, inMemory.Facets.Categories);
            Assert.Equal(inSql.Facets.Departments.OrderBy(v => v.Key, StringComparer.Ordinal), inMemory.Facets.Departments.OrderBy(v => v.Key, StringComparer.Ordinal));
            Assert.Equal(inSql.Facets.Townships, inMemory.Facets.Townships);
        }
    }

    [Fact]
    public async Task FacetsAcrossTownshipsCountAsTheTownshipPageDoes()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var importer = new RevisionImporter(database.Contexts, TimeProvider.System, new AuditLog(database.Contexts, TimeProvider.System));
        var first = await importer.ImportAsync(SeedDocuments.Read("000"), importedBy: null);
        await importer.ImportAsync(SeedDocuments.Read("004"), importedBy: null);
        var search = new DutySearch(database.Contexts);
        var department = (await search.FacetsAsync(new DutyFilter { TownshipIds = [first.TownshipId], Kind = DutyKind.Cooperative })).Departments[0];

        foreach (var filter in new[]
        {
            new DutyFilter { Kind = DutyKind.Cooperative },
            new DutyFilter { Kind = DutyKind.Basic, Text = "宣传" },
            new DutyFilter { Text = "河长制" },
            new DutyFilter { Kind = DutyKind.Cooperative, DepartmentIds = [int.Parse(department.Key, System.Globalization.CultureInfo.InvariantCulture)] },
        })
        {
            // In memory across townships (narrowed to one township) against SQL over that township's revision.
            var across = await search.SearchAsync(filter with { TownshipIds = [first.TownshipId] }, pageSize: 500);
            var within = await search.SearchAsync(filter with { TownshipIds = [first.TownshipId], RevisionId = first.RevisionId }, pageSize: 500);

            Assert.True(within.Total > 0, $"no duty for {filter}");
            Assert.Equal(within.Total, across.Total);
            Assert.Equal(within.Items.Select(d => d.Id), across.Items.Select(d => d.Id));
            Assert.Equal(within.Facets.Kinds, across.Facets.Kinds);
            Assert.Equal(within.Facets.Categories, across.Facets.Categories);
            Assert.Equal(within.Facets.Departments.OrderBy(v => v.Key, StringComparer.Ordinal), across.Facets.Departments.OrderBy(v => v.Key, StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task ATownshipPageDoesNotWaitWhileTheCurrentDutiesLoad()
    {
        var gate = new HoldTheLoad();
        await using var database = await TemporaryDatabase.CreateAsync(gate);
        var importer = new RevisionImporter(database.Contexts, TimeProvider.System, new AuditLog(database.Contexts, TimeProvider.System));
        var township = await importer.ImportAsync(SeedDocuments.Read("001"), importedBy: null);
        var current = new CurrentDuties(database.Contexts);
        var search = new DutySearch(database.Contexts, current);
        var page = new DutyFilter { TownshipIds = [township.TownshipId], RevisionId = township.RevisionId, Kind = DutyKind.Cooperative };

        // The load is held at its first query, as at ten thousand townships it takes seconds: the page is read with SQL.
        var whileLoading = await search.SearchAsync(page).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(await gate.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30)), "the page started the load in the background");

        gate.Release.SetResult();
        var across = await search.SearchAsync(page with { RevisionId = null });
        var loaded = await search.SearchAsync(page);

        Assert.True(whileLoading.Total > 0);
        Assert.Equal(across.Total, whileLoading.Total);
        Assert.Equal(loaded.Items.Select(d => d.Id), whileLoading.Items.Select(d => d.Id));
        Assert.Equal(loaded.Facets.Categories, whileLoading.Facets.Categories);
        Assert.Equal(loaded.Facets.Departments.OrderBy(v => v.Key, StringComparer.Ordinal), whileLoading.Facets.Departments.OrderBy(v => v.Key, StringComparer.Ordinal));
    }

    /// <summary>Holds every load of the current duties at its first query until released.</summary>
    private sealed class HoldTheLoad : DbCommandInterceptor
    {
        public TaskCompletionSource<bool> Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken ct = default)
        {
            if (command.CommandText.Contains(CurrentDuties.LoadTag, StringComparison.Ordinal))
            {
                Reached.TrySetResult(true);
                await Release.Task;
            }

            return result;
        }
    }
}
