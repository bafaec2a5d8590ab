namespace Bridge.Worker.Reporting.ServiceDesk;

internal static class ServiceDeskReportsRegistration
{
    public static IServiceCollection AddServiceDeskReports(this IServiceCollection services)
    {
        return services;
    }
}
