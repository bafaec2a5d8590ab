using Bridge.Connectors.ConnectWise;
using Bridge.Worker.Configuration;

namespace Bridge.Worker.ConnectWise;

internal static class ConnectWiseRegistration
{
    /// <summary>The ConnectWise client (Refit + resilience), its validated options, and the readiness check.</summary>
    public static IServiceCollection AddConnectWise(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBridgeOptions<ConnectWiseOptions, ConnectWiseOptionsValidator>(configuration, ConnectWiseOptions.SectionName);
        services.AddReadAtStart($"{ConnectWiseOptions.SectionName}:Callbacks");
        services.AddConnectWiseClient();
        services.AddHealthChecks().AddCheck<ConnectWiseHealthCheck>("connectwise", tags: ["ready"]);
        return services;
    }
}
