using DutyLists.Data.Auditing;
using DutyLists.Data.Importing;
using DutyLists.Data.Model;
using DutyLists.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DutyLists.Data.Tests.Importing;

/// <summary>An import that loses a race with another writer is refused with a clear reason and stores nothing.</summary>
public sealed class ImportRaceTests
{
    [Fact]
    public async Task DepartmentsMergedAwayWhileTheDutiesAreWrittenMakeAConflictAndStoreNothing()
    {
        var merge = new MergeAwayDepartments();
        await using var database = await TemporaryDatabase.CreateAsync(merge);
        var importer = new RevisionImporter(database.Contexts, TimeProvider.System, new AuditLog(database.Contexts, TimeProvider.System));
        await importer.ImportAsync(SeedDocuments.Read("000"), importedBy: null);
        var before = await database.CountRowsAsync();
        merge.Armed = true;

        var conflict = await Assert.ThrowsAsync<RevisionConflictException>(() => importer.ImportAsync(SeedDocuments.Read("001"), importedBy: "admin"));

        Assert.True(merge.Fired);
        Assert.Contains("本次操作未保存，数据库没有任何变化", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(before, await database.CountRowsAsync());
    }

    /// <summary>
    /// Once the revision is saved and before its duties are written, removes every department no stored duty points at
    /// (the ones this list names first among them), in the import's own transaction: as after another admin's merge
    /// committed in between.
    /// </summary>
    private sealed class MergeAwayDepartments : SaveChangesInterceptor
    {
        public bool Armed { get; set; }

        public bool Fired => Deleted > 0;

        public int Deleted { get; private set; } = -1;

        public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
        {
            if (Armed && Deleted < 0 && eventData.Context is DutyListsDbContext db && db.ChangeTracker.Entries<ListRevision>().Any())
            {
                var unused = db.Departments.Where(d =>
                    !db.DutyDepartments.Any(x => x.DepartmentId == d.Id) && !db.Takeovers.Any(x => x.DepartmentId == d.Id));
                await db.DepartmentAliases.Where(a => unused.Any(d => d.Id == a.DepartmentId)).ExecuteDeleteAsync(ct);
                Deleted = await unused.ExecuteDeleteAsync(ct);
            }

            return result;
        }
    }
}
