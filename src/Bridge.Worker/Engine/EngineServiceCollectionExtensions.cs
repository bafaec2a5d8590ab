using Bridge.Worker.Kernel;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Bridge.Worker.Storage;

namespace Bridge.Worker.Engine;

internal static class EngineServiceCollectionExtensions
{
    /// <summary>The stage runner: cursors, parked items, wake-ups and one loop per stage. Capabilities add their stages as <see cref="IStage"/>.</summary>
    public static IServiceCollection AddEngine(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(s => s.ServiceType == typeof(StageRegistry)))
        {
            return services;
        }

        services.AddBridgeOptions<EngineOptions, EngineOptionsValidator>(configuration, EngineOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddStore<StageCursorStore>();
        services.AddStore<ParkedItemStore>();
        services.AddSingleton<StageWakeups>();
        services.AddSingleton(sp => new EngineServices(
            sp.GetRequiredService<Storage.BridgeDatabase>(),
            sp.GetRequiredService<StageCursorStore>(),
            sp.GetRequiredService<ParkedItemStore>(),
            sp.GetRequiredService<IOptionsMonitor<EngineOptions>>(),
            sp.GetRequiredService<StageWakeups>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(EngineLog.CategoryName)));
        services.AddSingleton<StageRegistry>();
        services.AddSingleton<ParkedItemAdmin>();
        services.AddHostedService<StageLoop>();
        services.AddHealthChecks().AddCheck<EngineHealthCheck>("engine", tags: ["ready"]);
        return services;
    }
}
