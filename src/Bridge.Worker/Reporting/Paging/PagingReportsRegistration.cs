namespace Bridge.Worker.Reporting.Paging;

internal static class PagingReportsRegistration
{
    /// <summary>The paging KPIs report (<c>paging</c>).</summary>
    public static IServiceCollection AddPagingReports(this IServiceCollection services)
    {
        services.AddSingleton<IReport, PagingReport>();
        return services;
    }
}
