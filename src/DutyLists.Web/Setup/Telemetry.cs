using DutyLists.Data;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace DutyLists.Web.Setup;

/// <summary>
/// OpenTelemetry traces, metrics and logs, exported over OTLP when an endpoint is configured — the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (with <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>, <c>OTEL_SERVICE_NAME</c> and the other
/// standard variables) or <c>DutyLists:Telemetry:OtlpEndpoint</c> — and off otherwise, so that an instance without a
/// collector pays nothing. Traces: requests, the app's imports and reloads of the current duties, and the database
/// (Npgsql's own on PostgreSQL, EF Core's commands on SQLite). Metrics: the same, with the .NET runtime's.
/// </summary>
public static class Telemetry
{
    public const string EndpointSetting = "DutyLists:Telemetry:OtlpEndpoint";

    public const string ServiceName = "dutylists";

    /// <summary>True when an OTLP endpoint is configured.</summary>
    public static bool IsEnabled(IConfiguration configuration) => Endpoint(configuration) is not null;

    public static IServiceCollection AddDutyListsTelemetry(this IServiceCollection services, IConfiguration configuration, DatabaseSettings database)
    {
        var endpoint = Endpoint(configuration);
        if (endpoint is null)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(DutyListsTelemetry.Name).AddAspNetCoreInstrumentation();
                // One span per database command: Npgsql's on PostgreSQL; EF Core's on SQLite, which has no tracing of its own.
                _ = database.Provider == DatabaseProvider.Postgres ? tracing.AddNpgsql() : tracing.AddEntityFrameworkCoreInstrumentation();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(DutyListsTelemetry.Name).AddAspNetCoreInstrumentation().AddRuntimeInstrumentation();
                if (database.Provider == DatabaseProvider.Postgres)
                {
                    metrics.AddNpgsqlInstrumentation();
                }
            })
            .WithLogging();

        // The standard variables configure the exporter themselves; the app's setting names only the endpoint.
        if (configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 })
        {
            telemetry.UseOtlpExporter();
        }
        else
        {
            telemetry.UseOtlpExporter(OtlpExportProtocol.Grpc, endpoint);
        }

        return services;
    }

    private static Uri? Endpoint(IConfiguration configuration) =>
        (configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 } standard ? standard : configuration[EndpointSetting]) is { Length: > 0 } value
            ? Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : throw new InvalidOperationException($"The OTLP endpoint '{value}' is not an absolute URL.")
            : null;
}
