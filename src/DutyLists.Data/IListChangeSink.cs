namespace DutyLists.Data;

/// <summary>
/// Told after a change to what readers see has been committed (an import, a correction, a rollback, a department
/// merge), so that the web host can drop cached pages. Optional: without one, nothing is told.
/// </summary>
public interface IListChangeSink
{
    ValueTask ListsChangedAsync(CancellationToken ct = default);
}
