using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DutyLists.Data;

/// <summary>
/// The app's own traces and metrics, under the name <see cref="Name"/>: one activity and a duration per import and per
/// reload of the current duties, and counts of the duties and warnings imported. Without a listener (telemetry off)
/// an activity is never created and a measurement costs a check.
/// </summary>
public static class DutyListsTelemetry
{
    /// <summary>The ActivitySource's and the Meter's name.</summary>
    public const string Name = "DutyLists";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> ImportDuration = Meter.CreateHistogram<double>(
        "dutylists.import.duration", "s", "Time to store a parsed list as a new revision, by outcome (stored, unchanged, failed)");

    private static readonly Counter<long> ImportedDuties = Meter.CreateCounter<long>(
        "dutylists.import.duties", "{duty}", "Duties stored by imports");

    private static readonly Counter<long> ImportWarnings = Meter.CreateCounter<long>(
        "dutylists.import.warnings", "{warning}", "Parse warnings stored with imported revisions");

    private static readonly Histogram<double> ReloadDuration = Meter.CreateHistogram<double>(
        "dutylists.snapshot.reload.duration", "s", "Time to load every current duty into memory for search, by outcome");

    /// <summary>An import of <paramref name="duties"/> duties for <paramref name="township"/>; dispose when it ends.</summary>
    public static Operation StartImport(string file, string township, int duties, int warnings)
    {
        var activity = Source.StartActivity("dutylists.import");
        activity?.SetTag("dutylists.file", file);
        activity?.SetTag("dutylists.township", township);
        activity?.SetTag("dutylists.duties", duties);
        activity?.SetTag("dutylists.warnings", warnings);
        return new Operation(activity, ImportDuration, stored =>
        {
            ImportedDuties.Add(duties);
            ImportWarnings.Add(warnings);
        });
    }

    /// <summary>A reload of the current duties as of <paramref name="version"/>; dispose when it ends.</summary>
    public static Operation StartReload(long version)
    {
        var activity = Source.StartActivity("dutylists.snapshot.reload");
        activity?.SetTag("dutylists.version", version);
        return new Operation(activity, ReloadDuration, null);
    }

    /// <summary>
    /// A measured operation: its duration is recorded when disposed, tagged with the outcome <see cref="Succeeded"/>
    /// gave, or <c>failed</c> when it was never called (an exception left the operation).
    /// </summary>
    public sealed class Operation(Activity? activity, Histogram<double> duration, Action<string>? onStored) : IDisposable
    {
        private readonly long _started = Stopwatch.GetTimestamp();
        private string _outcome = "failed";

        public Activity? Activity => activity;

        /// <summary>Marks the operation done: <c>stored</c>, or <c>unchanged</c> for an import of the current document again.</summary>
        public void Succeeded(string outcome = "stored")
        {
            _outcome = outcome;
            if (outcome == "stored")
            {
                onStored?.Invoke(outcome);
            }
        }

        public void Dispose()
        {
            duration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, new KeyValuePair<string, object?>("dutylists.outcome", _outcome));
            activity?.SetTag("dutylists.outcome", _outcome);
            activity?.SetStatus(_outcome == "failed" ? ActivityStatusCode.Error : ActivityStatusCode.Ok);
            activity?.Dispose();
        }
    }
}
