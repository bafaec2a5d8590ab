namespace Bridge.Worker.Reporting.Capacity;

internal static class CapacityReportsRegistration
{
    public static IServiceCollection AddCapacityReports(this IServiceCollection services)
    {
        return services;
    }
}
