using Bridge.Worker.Kernel;
using Bridge.Worker.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Watch;

internal static class WatchServiceCollectionExtensions
{
    /// <summary>
    /// The self-watch over the statuses the stages keep: the heartbeat to an external monitor, alarms to a role
    /// (kept in the state file), the weekly canary, and the <c>watch</c> readiness check. Needs ingest, escalation and
    /// write-back registered.
    /// </summary>
    public static IServiceCollection AddWatch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBridgeOptions<WatchOptions, WatchOptionsValidator>(configuration, WatchOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDiskSpace, DiskSpace>();
        services.AddStore<AlarmStore>();
        services.AddSingleton<ClockWatch>();
        services.AddSingleton<WatchSignalReader>();
        services.AddSingleton<AlarmKeeper>();
        services.AddSingleton<Heartbeat>();
        services.AddSingleton<CanaryKeeper>();
        services.AddSingleton<SelfWatch>();
        services.AddHostedService<WatchService>();
        services.AddHttpClient(Heartbeat.HttpClientName, (sp, client) =>
                client.Timeout = sp.GetRequiredService<IOptions<WatchOptions>>().Value.Heartbeat.Timeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = true, UseCookies = false });
        services.AddHealthChecks().AddCheck<WatchHealthCheck>("watch", tags: ["ready"]);
        return services;
    }
}
