namespace DutyLists.Data.Model;

/// <summary>Where a revision came from.</summary>
public enum RevisionOrigin
{
    /// <summary>Imported from a document (first run, upload or command line).</summary>
    Import,

    /// <summary>Made by an editor correcting duties of another revision.</summary>
    Correction,
}
