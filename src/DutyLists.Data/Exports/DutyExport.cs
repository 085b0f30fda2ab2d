using System.Runtime.CompilerServices;
using DutyLists.Data.History;
using DutyLists.Data.Queries;
using DutyLists.Import.Model;
using DutyLists.Import.Sheets;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Exports;

/// <summary>
/// The duties a filter matches as duty-sheet rows, the layout the importer reads back. Rows are read a batch at a
/// time and handed on as they come, so that an export of the whole database holds one batch in memory, not the file.
/// </summary>
public sealed class DutyExport(IDbContextFactory<DutyListsDbContext> contextFactory, DutySearch search)
{
    private const int BatchSize = 500;

    public async IAsyncEnumerable<DutySheetRow> RowsAsync(DutyFilter filter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var ids = await search.OrderedIdsAsync(db, filter, ct);
        for (var start = 0; start < ids.Count; start += BatchSize)
        {
            var batch = ids.GetRange(start, Math.Min(BatchSize, ids.Count - start));
            var duties = (await DutyQueries.LoadWithContentAsync(db, db.Duties.Where(d => batch.Contains(d.Id)), ct)).ToDictionary(d => d.Id);
            foreach (var id in batch)
            {
                var duty = duties[id];
                var revision = duty.Revision!;
                var township = revision.Township!;
                yield return DutySheetRow.From(
                    new TownshipInfo(township.Name, township.Level, township.County, township.Prefecture, township.Region),
                    revision.DocumentDate,
                    StoredDuties.ToParsed(duty));
            }

            db.ChangeTracker.Clear();
        }
    }
}
