using Bridge.Worker.Ingest;
using Bridge.Worker.Kernel;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Bridge.Worker.Storage;
using Bridge.Worker.Telemetry;

namespace Bridge.Worker.Routing;

internal static class RoutingServiceCollectionExtensions
{
    /// <summary>
    /// Routing options (validated at start), the compiled policy, the router and its decision record. The check of
    /// the priority levels against ConnectWise's priorities is ConnectWise I/O and is registered by <c>AddConnectWise</c>.
    /// </summary>
    public static IServiceCollection AddRouting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBridgeOptions<RoutingOptions, RoutingOptionsValidator>(configuration, RoutingOptions.SectionName);
        services.AddSingleton<RoutingPolicyProvider>();
        services.AddBridgeMetrics();
        services.AddStore<RoutingDecisionRepository>();
        services.AddStore<ConfigurationVersionStore>();
        services.AddSingleton<TicketRouter>();
        services.AddSingleton<ITicketRouter>(sp => sp.GetRequiredService<TicketRouter>());
        services.AddStore<RoutedChangeStore>();
        services.AddSingleton<RoutedChangeInput>();
        services.AddSingleton<BusinessBoundaries>();
        services.AddHostedService(sp => sp.GetRequiredService<BusinessBoundaries>());
        services.Replace(ServiceDescriptor.Singleton<ITicketDetailsPolicy, RoutingTicketDetails>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITicketChangeHandler, RoutingTicketChangeHandler>());
        return services;
    }
}
