using Bridge.Worker.Kernel;
using Bridge.Worker.Logging;

namespace Bridge.Worker.Configuration;

internal static class ConfigReloadServiceCollectionExtensions
{
    /// <summary>
    /// The configuration in force, the reloader that replaces it with a valid edit, <c>/config/status</c>'s
    /// source and the <c>configuration</c> readiness entry; with <paramref name="watch"/> (the <c>run</c> and
    /// <c>demo</c> commands, and tests that opt in) the file watcher that triggers reloads.
    /// </summary>
    public static IServiceCollection AddConfigReload(
        this IServiceCollection services, BridgeConfigurationReader reader, AcceptedConfiguration accepted, bool watch)
    {
        services.AddSingleton(reader);
        services.AddSingleton(accepted);
        services.AddReadAtStart("Urls", "Kestrel");
        services.AddSingleton(sp => new ConfigReloader(
            reader,
            accepted,
            sp.GetServices<BridgeOptionsRegistration>(),
            sp.GetServices<ReadAtStartKey>(),
            sp.GetRequiredService<SecretValues>(),
            sp,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ConfigReloader>>(),
            watch));
        services.AddSingleton<IConfigurationInForce>(sp => sp.GetRequiredService<ConfigReloader>());
        if (watch)
        {
            services.AddHostedService<ConfigFileWatcher>();
        }

        services.AddHealthChecks().AddCheck<ConfigHealthCheck>("configuration", tags: ["ready"]);
        return services;
    }
}
