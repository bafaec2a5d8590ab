using Bridge.Worker.Configuration;
using Bridge.Worker.Ingest;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bridge.Worker.Routing;

internal static class RoutingServiceCollectionExtensions
{
    /// <summary>Routing options (validated at start), the compiled policy, the router and its decision record.</summary>
    public static IServiceCollection AddRouting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBridgeOptions<RoutingOptions, RoutingOptionsValidator>(configuration, RoutingOptions.SectionName);
        services.AddSingleton<RoutingPolicyProvider>();
        services.AddSingleton<RoutingDecisionRepository>();
        services.AddSingleton<TicketRouter>();
        services.AddSingleton<ITicketRouter>(sp => sp.GetRequiredService<TicketRouter>());
        services.AddSingleton<RoutedChangeStore>();
        services.AddSingleton<Storage.IStorageSetup>(sp => sp.GetRequiredService<RoutedChangeStore>());
        services.AddSingleton<RoutedChangeInput>();
        services.Replace(ServiceDescriptor.Singleton<ITicketDetailsPolicy, RoutingTicketDetails>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITicketChangeHandler, RoutingTicketChangeHandler>());
        services.AddHealthChecks().AddCheck<RoutingPriorityHealthCheck>("routing-priorities", tags: ["ready"]);
        return services;
    }
}
