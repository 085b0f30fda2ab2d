namespace DutyLists.Data.Model;

/// <summary>One admin or editor action: who did what, when, to which township or revision. Never changed.</summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>The user name; <c>system</c> for the first-run import, <c>cli</c> prefixes for command-line runs.</summary>
    public required string User { get; set; }

    /// <summary>What was done, one of <see cref="Auditing.AuditAction"/>.</summary>
    public required string Action { get; set; }

    public int? TownshipId { get; set; }

    public int? RevisionId { get; set; }

    /// <summary>A sentence in Chinese saying what changed, for the audit page.</summary>
    public required string Summary { get; set; }
}
