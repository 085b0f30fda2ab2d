using DutyLists.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DutyLists.Data;

/// <summary>
/// Refuses any update or delete of a stored revision or anything inside it, so that no code path can
/// overwrite an old version of a list: changes always arrive as a new revision.
/// </summary>
public static class RevisionImmutability
{
    public static void Enforce(ChangeTracker changeTracker)
    {
        foreach (var entry in changeTracker.Entries())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted && IsRevisionContent(entry.Entity))
            {
                throw new InvalidOperationException(
                    $"A stored revision is never modified: refused to {(entry.State == EntityState.Deleted ? "delete" : "update")} {entry.Entity.GetType().Name}.");
            }
        }
    }

    private static bool IsRevisionContent(object entity) =>
        entity is ListRevision or Duty or ResponsibilityEntry or DutyDepartment or TakeoverEntry or RevisionWarning or AuditEntry;
}
