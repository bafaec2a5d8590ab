namespace Bridge.Worker.Reporting.ServiceDesk;

internal static class ServiceDeskReportsRegistration
{
    /// <summary>The service-desk figures (<c>service-desk</c>) and the ConnectWise reader behind them.</summary>
    public static IServiceCollection AddServiceDeskReports(this IServiceCollection services)
    {
        services.AddSingleton<ServiceDeskReader>();
        services.AddSingleton<IReport, ServiceDeskReport>();
        return services;
    }
}
