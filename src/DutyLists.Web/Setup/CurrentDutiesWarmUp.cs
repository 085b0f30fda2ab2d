using DutyLists.Data.Queries;

namespace DutyLists.Web.Setup;

/// <summary>
/// Loads the in-memory index of current duties while the server starts, so that the first search across townships
/// after a start does not wait for it.
/// </summary>
public sealed class CurrentDutiesWarmUp(CurrentDuties currentDuties, ILogger<CurrentDutiesWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await currentDuties.LoadAsync(stoppingToken);
            logger.LogInformation("Current duties loaded for searches in {Ms} ms.", watch.ElapsedMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            // Not fatal: the first search loads them instead, and reports the error if it persists.
            logger.LogWarning(e, "Loading the current duties ahead of the first search failed.");
        }
    }
}
