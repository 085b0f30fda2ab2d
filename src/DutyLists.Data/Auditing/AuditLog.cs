using DutyLists.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data.Auditing;

/// <summary>Writes and reads the audit log. An action's entry is added to the same context, and so the same transaction, as its change.</summary>
public sealed class AuditLog(IDbContextFactory<DutyListsDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>Adds an entry to <paramref name="db"/>; it is stored with the caller's next SaveChanges.</summary>
    public AuditEntry Add(DutyListsDbContext db, string user, string action, string summary, int? townshipId = null, int? revisionId = null)
    {
        var entry = new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            User = user,
            Action = action,
            Summary = summary,
            TownshipId = townshipId,
            RevisionId = revisionId,
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>Records an action that has no database change of its own (a sign-in, an account change).</summary>
    public async Task RecordAsync(string user, string action, string summary, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        Add(db, user, action, summary);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Newest first, a page at a time, optionally for one township, one user or one kind of action.</summary>
    public async Task<AuditPage> ListAsync(int page, int pageSize, int? townshipId = null, string? user = null, string? action = null, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var query = db.AuditEntries.AsNoTracking();
        if (townshipId is { } id)
        {
            query = query.Where(e => e.TownshipId == id);
        }

        if (!string.IsNullOrEmpty(user))
        {
            query = query.Where(e => e.User == user);
        }

        if (!string.IsNullOrEmpty(action))
        {
            query = query.Where(e => e.Action == action);
        }

        var total = await query.CountAsync(ct);
        var entries = await query.OrderByDescending(e => e.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new AuditPage(entries, total, page, pageSize);
    }
}

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Total, int Page, int PageSize);
