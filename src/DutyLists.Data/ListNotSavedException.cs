namespace DutyLists.Data;

/// <summary>
/// The database refused a change to the lists for a reason other than another writer: it is full, it cannot write its
/// file, or the data breaks one of its rules (a value too long for its column, say). The transaction was rolled back,
/// so nothing was saved. <see cref="Exception.Message"/> says what went wrong, in Chinese, for the user.
/// </summary>
public sealed class ListNotSavedException(string message, bool storageFull, Exception inner) : Exception(message, inner)
{
    /// <summary>The disk or the database is full (or its file could not be written): freeing space is the remedy.</summary>
    public bool StorageFull { get; } = storageFull;
}
