using Bridge.Worker.Kernel;

namespace Bridge.Worker.Storage;

internal static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBridgeOptions<StorageOptions, StorageOptionsValidator>(configuration, StorageOptions.SectionName);
        services.AddReadAtStart(StorageOptions.SectionName);
        services.AddSingleton<BridgeDatabase>();
        services.AddKeyedSingleton(BridgeDatabase.InboxKey, (sp, _) =>
        {
            var state = sp.GetRequiredService<BridgeDatabase>();
            return new BridgeDatabase(BridgeDatabase.InboxPathFor(state.FilePath), state.Durable, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<BridgeDatabase>>());
        });
        services.AddSingleton<ServiceRunRepository>();
        services.AddHostedService<StorageStartup>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);
        return services;
    }

    /// <summary>A store as a singleton that creates its collection at start (<see cref="IStorageSetup"/>).</summary>
    public static IServiceCollection AddStore<TStore>(this IServiceCollection services)
        where TStore : class, IStorageSetup
    {
        services.AddSingleton<TStore>();
        services.AddSingleton<IStorageSetup>(sp => sp.GetRequiredService<TStore>());
        return services;
    }
}
