namespace DutyLists.Data.Importing;

/// <summary>What an import revises when the document carries only some of the three lists.</summary>
public enum ImportScope
{
    /// <summary>Only the lists the document carries; the others are carried over unchanged from the current revision.</summary>
    ListsInDocument,

    /// <summary>The whole set: a list the document lacks becomes empty.</summary>
    AllLists,
}
