using Bridge.Worker.Kernel;
using Bridge.Worker.StatusPage.Sections;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bridge.Worker.StatusPage;

internal static class StatusPageRegistration
{
    /// <summary>
    /// The status page at <c>GET /</c> (options validated at start) and its sections. A capability adds its own
    /// block with one <see cref="AddStatusSection{TSection}"/> line; the section's Order places it.
    /// </summary>
    public static IServiceCollection AddStatusPage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBridgeOptions<StatusPageOptions, StatusPageOptionsValidator>(configuration, StatusPageOptions.SectionName);
        services.AddSingleton<StatusPageRenderer>();
        services.AddSingleton<HealthSnapshot>();
        services.AddStatusSection<OnCallSection>();
        services.AddStatusSection<IncidentsSection>();
        services.AddStatusSection<DecisionsSection>();
        services.AddStatusSection<TicketChangesSection>();
        services.AddStatusSection<HealthSection>();
        services.AddStatusSection<OutboxSection>();
        services.AddStatusSection<ChannelsSection>();
        return services;
    }

    public static IServiceCollection AddStatusSection<TSection>(this IServiceCollection services)
        where TSection : class, IStatusSection
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStatusSection, TSection>());
        return services;
    }
}
