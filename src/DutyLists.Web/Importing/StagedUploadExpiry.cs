using DutyLists.Data.Importing;
using Microsoft.Extensions.Options;

namespace DutyLists.Web.Importing;

/// <summary>
/// Removes uploads whose preview was never confirmed or cancelled (a closed tab, a confirm cut off by a restart) once
/// they are older than <see cref="ImportOptions.StagedUploadLifetime"/>: at start, then every
/// <see cref="ImportOptions.StagedUploadSweep"/>. Each instance sweeps; the delete is one statement, so several at
/// once do no harm.
/// </summary>
public sealed class StagedUploadExpiry(StagedImports staging, ParsedUploads parsed, TimeProvider clock, IOptions<ImportOptions> options, ILogger<StagedUploadExpiry> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        // A sweep interval set to zero or less would stop the timer from starting: hourly then.
        using var timer = new PeriodicTimer(settings.StagedUploadSweep > TimeSpan.Zero ? settings.StagedUploadSweep : TimeSpan.FromHours(1), clock);
        do
        {
            await SweepAsync(settings.StagedUploadLifetime, stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One sweep; a database that cannot be reached now is tried again at the next tick.</summary>
    public async Task SweepAsync(TimeSpan lifetime, CancellationToken ct)
    {
        try
        {
            var removed = await staging.RemoveOlderThanAsync(clock.GetUtcNow().UtcDateTime - lifetime, ct);
            foreach (var id in removed)
            {
                parsed.Forget(id);
            }

            if (removed.Count > 0)
            {
                logger.LogInformation("Removed {Count} staged uploads older than {Lifetime}.", removed.Count, lifetime);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Staged uploads could not be swept; trying again in {Interval}.", options.Value.StagedUploadSweep);
        }
    }
}
