using Bridge.Worker.Kernel;
using Bridge.Worker.Storage;

namespace Bridge.Worker.OnCall;

internal static class OnCallServiceCollectionExtensions
{
    /// <summary>
    /// People, roles and schedules (validated; a valid edit of the file applies without a restart), the
    /// resolver escalation asks, stored overrides, the signal that answers may have changed (an override, a reload), start-up gap warnings.
    /// </summary>
    public static IServiceCollection AddOnCall(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBridgeOptions<OnCallOptions, OnCallOptionsValidator>(configuration, OnCallOptions.SectionName);
        services.AddConfiguredModel<OnCallOptions, OnCallModel>(options => OnCallModelCompiler.Compile(options).Model);
        services.AddStore<OnCallOverrideRepository>();
        services.AddStore<FeedSecrets>();
        services.AddSingleton(sp => new OnCallResolver(sp.GetRequiredService<ConfiguredModel<OnCallModel>>(), sp.GetRequiredService<OnCallOverrideRepository>()));
        services.AddSingleton<IOnCallResolver>(sp => sp.GetRequiredService<OnCallResolver>());
        services.AddSingleton<OnCallChanges>();
        services.AddSingleton<OnCallOverrides>();
        services.AddHostedService<OnCallStartup>();
        return services;
    }
}
