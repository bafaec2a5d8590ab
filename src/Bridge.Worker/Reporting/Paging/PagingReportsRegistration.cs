namespace Bridge.Worker.Reporting.Paging;

internal static class PagingReportsRegistration
{
    public static IServiceCollection AddPagingReports(this IServiceCollection services)
    {
        return services;
    }
}
