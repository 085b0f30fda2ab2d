using System.Diagnostics;
using System.Text;
using DutyLists.Data;
using DutyLists.Data.Importing;
using DutyLists.Data.Queries;
using DutyLists.Import;
using DutyLists.Web.Setup;
using DutyLists.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace DutyLists.Web.Tests.Admin;

/// <summary>The app's own ActivitySource and Meter report each import and reload; OTLP export is on only when configured.</summary>
[Collection(Name)]
public sealed class TelemetryTests : FreshAppTests
{
    /// <summary>Alone: the listeners below hear every activity and measurement of the process.</summary>
    public const string Name = "Telemetry";

    [Fact]
    public async Task AnImportAndTheReloadAfterItAreTracedAndMeasured()
    {
        var importer = App.Services.GetRequiredService<RevisionImporter>();
        var list = App.Services.GetRequiredService<DutyListReader>()
            .Read("telemetry-三台镇.txt", Encoding.UTF8.GetBytes(Uploads.Seed004WithoutBasicItem5()));
        var activities = new List<Activity>();
        var metrics = new List<Metric>();
        using (var tracing = Sdk.CreateTracerProviderBuilder().AddSource(DutyListsTelemetry.Name).AddInMemoryExporter(activities).Build())
        using (var meters = Sdk.CreateMeterProviderBuilder().AddMeter(DutyListsTelemetry.Name).AddInMemoryExporter(metrics).Build())
        {
            var outcome = await importer.ImportAsync(list, "admin");
            // The search across townships reloads the current duties after a change: as it would, before its first search.
            Assert.True(await App.Services.GetRequiredService<CurrentDuties>().TryLoadAsync(CancellationToken.None));
            Assert.Equal(2, outcome.RevisionNumber);
            meters.ForceFlush();
        }

        var import = Assert.Single(activities, a => a.OperationName == "dutylists.import");
        Assert.Equal("三台镇", import.GetTagItem("dutylists.township"));
        Assert.Equal(list.Duties.Count, import.GetTagItem("dutylists.duties"));
        Assert.Equal("stored", import.GetTagItem("dutylists.outcome"));
        Assert.Equal(ActivityStatusCode.Ok, import.Status);
        var reload = Assert.Single(activities, a => a.OperationName == "dutylists.snapshot.reload");
        Assert.True((int)reload.GetTagItem("dutylists.duties")! > list.Duties.Count);

        Assert.Equal(list.Duties.Count, Sum(metrics, "dutylists.import.duties"));
        Assert.Equal(list.Warnings.Count, Sum(metrics, "dutylists.import.warnings"));
        var durations = Points(metrics, "dutylists.import.duration");
        var stored = Assert.Single(durations, p => Outcome(p) == "stored");
        Assert.Equal(1, stored.GetHistogramCount());
        Assert.True(stored.GetHistogramSum() > 0);
        Assert.Contains(Points(metrics, "dutylists.snapshot.reload.duration"), p => Outcome(p) == "stored");
    }

    [Fact]
    public async Task AFailedImportIsMeasuredAsFailed()
    {
        var importer = App.Services.GetRequiredService<RevisionImporter>();
        var list = App.Services.GetRequiredService<DutyListReader>()
            .Read("stale.txt", Encoding.UTF8.GetBytes(Uploads.Seed004WithoutBasicItem5()));
        var activities = new List<Activity>();
        using (Sdk.CreateTracerProviderBuilder().AddSource(DutyListsTelemetry.Name).AddInMemoryExporter(activities).Build())
        {
            await Assert.ThrowsAsync<RevisionConflictException>(() => importer.ImportAsync(list, "admin", new ImportBase(TownshipId: 999, CurrentRevisionId: 999)));
        }

        var import = Assert.Single(activities, a => a.OperationName == "dutylists.import");
        Assert.Equal("failed", import.GetTagItem("dutylists.outcome"));
        Assert.Equal(ActivityStatusCode.Error, import.Status);
    }

    [Fact]
    public void ExportIsOnOnlyWithAnEndpoint()
    {
        Assert.Null(App.Services.GetService<TracerProvider>());
        Assert.Null(App.Services.GetService<MeterProvider>());

        using var exporting = new DutyListsFactory { Settings = { [Telemetry.EndpointSetting] = "http://127.0.0.1:4317" } };
        Assert.NotNull(exporting.Services.GetService<TracerProvider>());
        Assert.NotNull(exporting.Services.GetService<MeterProvider>());
    }

    /// <summary>The points of the last export of <paramref name="name"/>: each export carries the cumulative totals.</summary>
    private static List<MetricPoint> Points(List<Metric> metrics, string name)
    {
        var points = new List<MetricPoint>();
        foreach (ref readonly var point in metrics.Last(m => m.Name == name).GetMetricPoints())
        {
            points.Add(point);
        }

        return points;
    }

    private static long Sum(List<Metric> metrics, string name) => Points(metrics, name).Sum(p => p.GetSumLong());

    private static string? Outcome(MetricPoint point)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == "dutylists.outcome")
            {
                return tag.Value as string;
            }
        }

        return null;
    }
}

[CollectionDefinition(TelemetryTests.Name, DisableParallelization = true)]
public sealed class TelemetryTestsAlone;
