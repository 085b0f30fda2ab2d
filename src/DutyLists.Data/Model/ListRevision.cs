using DutyLists.Import.Model;

namespace DutyLists.Data.Model;

/// <summary>
/// A township's list as imported from one document. Stored once and never modified: a re-import or a
/// correction adds a new revision, and <see cref="Township.CurrentRevisionId"/> says which one is shown.
/// </summary>
public class ListRevision
{
    public int Id { get; set; }

    public int TownshipId { get; set; }

    public Township? Township { get; set; }

    /// <summary>1, 2, 3… per township, in import order.</summary>
    public int Number { get; set; }

    public required string FileName { get; set; }

    /// <summary>Lower-case hex SHA-256 of the document's bytes.</summary>
    public required string Sha256 { get; set; }

    public DateTime ImportedAtUtc { get; set; }

    /// <summary>Who imported it; null for the first-run import of the seed documents.</summary>
    public string? ImportedBy { get; set; }

    /// <summary>The document's date as written, e.g. <c>2025 年 7 月</c>.</summary>
    public string? DocumentDate { get; set; }

    public DocumentLayout Layout { get; set; }

    /// <summary>The document's introduction (说明), when it has one.</summary>
    public string? Introduction { get; set; }

    /// <summary>
    /// The lists this revision holds, e.g. only the cooperative list. A document that carries some of the lists
    /// revises only those; the others are copied from the revision before (<see cref="CarriedOverLists"/>).
    /// </summary>
    public List<DutyKind> Lists { get; set; } = [];

    /// <summary>Lists copied unchanged from the revision before because the document did not carry them.</summary>
    public List<DutyKind> CarriedOverLists { get; set; } = [];

    /// <summary>Whether the revision came from a document or from an editor's correction of another revision.</summary>
    public RevisionOrigin Origin { get; set; }

    /// <summary>For a correction: the revision it was made from.</summary>
    public int? BasedOnRevisionId { get; set; }

    /// <summary>
    /// For a correction: what was changed and why, as the editor wrote it. For an import of a document carrying only
    /// some of the lists: which lists were carried over from which revision.
    /// </summary>
    public string? Note { get; set; }

    public List<Duty> Duties { get; set; } = [];

    public List<RevisionWarning> Warnings { get; set; } = [];
}
