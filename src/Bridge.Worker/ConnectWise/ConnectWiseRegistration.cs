using Bridge.Connectors.ConnectWise;
using Bridge.Worker.Kernel;

namespace Bridge.Worker.ConnectWise;

internal static class ConnectWiseRegistration
{
    /// <summary>
    /// The ConnectWise client (Refit + resilience), its validated options, and the readiness checks that call
    /// ConnectWise: the keys answer, and the configured priority levels exist there.
    /// </summary>
    public static IServiceCollection AddConnectWise(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBridgeOptions<ConnectWiseOptions, ConnectWiseOptionsValidator>(configuration, ConnectWiseOptions.SectionName);
        services.AddReadAtStart($"{ConnectWiseOptions.SectionName}:Callbacks");
        services.AddConnectWiseClient();
        services.AddHealthChecks()
            .AddCheck<ConnectWiseHealthCheck>("connectwise", tags: ["ready"])
            .AddCheck<RoutingPriorityHealthCheck>("routing-priorities", tags: ["ready"]);
        return services;
    }
}
