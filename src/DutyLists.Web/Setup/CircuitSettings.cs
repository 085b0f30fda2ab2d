using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.SignalR;

namespace DutyLists.Web.Setup;

/// <summary>
/// How long a circuit outlives its connection, how many such circuits one instance keeps, and how long the server
/// waits on the browser (decision 0014). Each value can be changed in configuration under
/// <c>DutyLists:Circuits</c> (<see cref="CircuitOptions"/>' property names) and <c>DutyLists:Hub</c>
/// (<see cref="HubOptions"/>').
/// </summary>
public static class CircuitSettings
{
    public const string CircuitsSection = $"{DutyListsOptions.Section}:Circuits";
    public const string HubSection = $"{DutyListsOptions.Section}:Hub";

    /// <summary>
    /// A phone that loses its network for a moment, or a tab in the background, comes back to its page as it was;
    /// a tab closed for good frees its memory within this time.
    /// </summary>
    public static readonly TimeSpan RetentionPeriod = TimeSpan.FromMinutes(2);

    /// <summary>Bounds the memory that disconnected circuits hold (about this many times one circuit's size); the oldest go first.</summary>
    public const int MaxRetained = 200;

    /// <summary>The pages' calls into the browser (MudBlazor's measurements, focus, scrolling) take milliseconds; a call that has not answered in this time never will.</summary>
    public static readonly TimeSpan JSInteropTimeout = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddDutyListsCircuits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CircuitOptions>(o =>
        {
            o.DisconnectedCircuitRetentionPeriod = RetentionPeriod;
            o.DisconnectedCircuitMaxRetained = MaxRetained;
            o.JSInteropDefaultCallTimeout = JSInteropTimeout;
            configuration.GetSection(CircuitsSection).Bind(o);
        });
        services.Configure<HubOptions>(o => configuration.GetSection(HubSection).Bind(o));
        services.AddSingleton<Components.Shared.PrerenderHandoff>();
        return services;
    }
}
