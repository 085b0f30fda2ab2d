namespace DutyLists.Data.Model;

/// <summary>
/// The one row whose <see cref="Value"/> is the version of the lists: advanced, in the same transaction, by every
/// change to what readers see (an import, a correction, a rollback, a department alias or merge) and by nothing else.
/// Every process compares it with what it holds, so that a change made by another instance or the command line shows
/// there too (decision 0010).
/// </summary>
public class ListsVersion
{
    public const int RowId = 1;

    public int Id { get; set; }

    public long Value { get; set; }
}
