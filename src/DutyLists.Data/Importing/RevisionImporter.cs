using DutyLists.Data.Model;
using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Importing;

/// <summary>
/// Stores a parsed list as a new revision of its township, in one transaction, and makes it current.
/// Earlier revisions are never touched.
/// </summary>
public sealed class RevisionImporter(IDbContextFactory<DutyListsDbContext> contextFactory, TimeProvider clock)
{
    public async Task<ImportOutcome> ImportAsync(ParsedList list, string? importedBy, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var info = list.Township;
        var township = await db.Townships.Include(t => t.CurrentRevision)
            .SingleOrDefaultAsync(t => t.Name == info.Name && t.County == info.County, ct);
        if (township?.CurrentRevision is { } current && current.Sha256 == list.Sha256)
        {
            return new ImportOutcome(township.Id, current.Id, current.Number, Unchanged: true);
        }

        if (township is null)
        {
            township = new Township { Name = info.Name, County = info.County };
            db.Townships.Add(township);
        }

        // A document fills in what the township record lacks; it never silently rewrites what is known.
        township.Level ??= info.Level;
        township.Prefecture ??= info.Prefecture;
        township.Region ??= info.Region;

        var lastNumber = township.Id == 0 ? 0 : await db.Revisions.Where(r => r.TownshipId == township.Id).MaxAsync(r => (int?)r.Number, ct) ?? 0;
        var revision = new ListRevision
        {
            Township = township,
            Number = lastNumber + 1,
            FileName = list.FileName,
            Sha256 = list.Sha256,
            ImportedAtUtc = clock.GetUtcNow().UtcDateTime,
            ImportedBy = importedBy,
            DocumentDate = list.DocumentDate,
            Layout = list.Layout,
            Introduction = list.Introduction,
            Lists = [.. list.Lists],
            Warnings = [.. list.Warnings.Select((w, i) => new RevisionWarning { Order = i, File = w.File, Line = w.Line, Message = w.Message })],
        };

        var categories = await CategoryResolver.LoadAsync(db, ct);
        var departments = await DepartmentResolver.LoadAsync(db, info.County, ct);
        revision.Duties.AddRange(list.Duties.Select(d => DutyMapper.ToEntity(d, categories, departments)));
        db.Revisions.Add(revision);
        await db.SaveChangesAsync(ct);

        // The township points at its revision, so the pointer can be set only once the revision has its key.
        township.CurrentRevisionId = revision.Id;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ImportOutcome(township.Id, revision.Id, revision.Number, Unchanged: false);
    }
}
