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
        if (await currentDuties.TryLoadAsync(stoppingToken))
        {
            logger.LogInformation("Current duties loaded for searches in {Ms} ms.", watch.ElapsedMilliseconds);
        }
    }
}
