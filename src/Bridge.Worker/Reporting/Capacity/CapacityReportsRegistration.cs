namespace Bridge.Worker.Reporting.Capacity;

internal static class CapacityReportsRegistration
{
    /// <summary>The capacity plan (<c>capacity</c>) and the ConnectWise ticket count it reads.</summary>
    public static IServiceCollection AddCapacityReports(this IServiceCollection services)
    {
        services.AddSingleton<CapacityTicketReader>();
        services.AddSingleton<IReport, CapacityReport>();
        return services;
    }
}
