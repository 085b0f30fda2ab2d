namespace DutyLists.Data.Model;

/// <summary>An irregularity the importer found in a revision's document, naming file, line and reason.</summary>
public class RevisionWarning
{
    public int Id { get; set; }

    public int RevisionId { get; set; }

    /// <summary>Order of the warning within its revision.</summary>
    public int Order { get; set; }

    public required string File { get; set; }

    public int Line { get; set; }

    public required string Message { get; set; }
}
