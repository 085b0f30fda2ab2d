using System.Globalization;
using System.Text.Json;
using DutyLists.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DutyLists.Web.Setup;

/// <summary>
/// <c>/healthz</c>: whether the database answers and which version of the lists it holds, as JSON; 200 while healthy,
/// 503 when not, for a load balancer. Two instances answering different versions for long are not reading one database.
/// </summary>
public static class HealthReporting
{
    public const string Path = "/healthz";

    public static IServiceCollection AddDutyListsHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<DutyListsDbContext>("database")
            .AddCheck<ListsVersionCheck>("lists");
        return services;
    }

    public static IEndpointConventionBuilder MapDutyListsHealthChecks(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteAsync });

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data.Count == 0 ? null : e.Value.Data,
            }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, JsonOptions, context.RequestAborted);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads the version of the lists from the database, not this process's copy of it.</summary>
    private sealed class ListsVersionCheck(IDbContextFactory<DutyListsDbContext> contextFactory) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
                var version = await ListsVersions.ReadAsync(db, cancellationToken);
                return HealthCheckResult.Healthy(
                    $"lists version {version.ToString(CultureInfo.InvariantCulture)}",
                    new Dictionary<string, object> { ["version"] = version });
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
            {
                return HealthCheckResult.Unhealthy("the version of the lists could not be read", e);
            }
        }
    }
}
