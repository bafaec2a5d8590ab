using Bridge.Worker.Configuration;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.OnCall;

internal static class OnCallServiceCollectionExtensions
{
    /// <summary>People, roles and schedules (validated), the resolver escalation asks, stored overrides, start-up gap warnings.</summary>
    public static IServiceCollection AddOnCall(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBridgeOptions<OnCallOptions, OnCallOptionsValidator>(configuration, OnCallOptions.SectionName);
        services.AddSingleton(sp => OnCallModelCompiler.Compile(sp.GetRequiredService<IOptions<OnCallOptions>>().Value).Model);
        services.AddSingleton<OnCallOverrideRepository>();
        services.AddSingleton(sp => new OnCallResolver(sp.GetRequiredService<OnCallModel>(), sp.GetRequiredService<OnCallOverrideRepository>()));
        services.AddSingleton<IOnCallResolver>(sp => sp.GetRequiredService<OnCallResolver>());
        services.AddSingleton<OnCallOverrides>();
        services.AddHostedService<OnCallStartup>();
        return services;
    }
}
