using Microsoft.Extensions.Options;

using Bridge.Worker.Kernel;
using Bridge.Worker.Storage.PostgreSql;

namespace Bridge.Worker.Storage;

internal static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBridgeOptions<StorageOptions, StorageOptionsValidator>(configuration, StorageOptions.SectionName);
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageProviderValidator>();
        services.AddReadAtStart(StorageOptions.SectionName);
        services.AddSingleton(sp =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new PostgresConnection(storage.ConnectionString, idleInTransaction: storage.LeaseTime);
        });
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.PostgreSql
            ? new BridgeDatabase(Postgres(sp, "main"))
            : ActivatorUtilities.CreateInstance<BridgeDatabase>(sp, sp.GetRequiredService<IOptions<StorageOptions>>()));
        services.AddKeyedSingleton(BridgeDatabase.InboxKey, (sp, _) =>
        {
            var state = sp.GetRequiredService<BridgeDatabase>();
            return state.IsFile
                ? new BridgeDatabase(BridgeDatabase.InboxPathFor(state.FilePath), state.Durable, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<BridgeDatabase>>())
                : new BridgeDatabase(Postgres(sp, "inbox"));
        });
        services.AddSingleton<ServiceRunRepository>();
        services.AddHostedService<StorageStartup>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);
        return services;
    }

    private static PostgresEngine Postgres(IServiceProvider services, string store)
    {
        var connection = services.GetRequiredService<PostgresConnection>();
        return new PostgresEngine(connection.Source, store, connection.Describe, connection.Check, Leases.EngineLease.Fence) { WakeOthers = true };
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
