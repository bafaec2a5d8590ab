using Bridge.Worker.Kernel;
using Bridge.Worker.Reporting.Capacity;
using Bridge.Worker.Reporting.Digest;
using Bridge.Worker.Reporting.Ledger;
using Bridge.Worker.Reporting.Paging;
using Bridge.Worker.Reporting.Reviews;
using Bridge.Worker.Reporting.ServiceDesk;
using Bridge.Worker.Reporting.Web;

namespace Bridge.Worker.Reporting;

internal static class ReportingServiceCollectionExtensions
{
    /// <summary>
    /// The service manager's reports (each an <see cref="IReport"/>, in the order they are listed), the post-incident
    /// review and the morning digest. Needs routing, on-call, escalation and write-back registered.
    /// </summary>
    public static IServiceCollection AddReporting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBridgeOptions<ReportingOptions, ReportingOptionsValidator>(configuration, ReportingOptions.SectionName);
        services.AddPagingReports();
        services.AddServiceDeskReports();
        services.AddLedgerReports();
        services.AddReviews();
        services.AddCapacityReports();
        services.AddDigest();
        services.AddSingleton<ReportCatalog>();
        return services;
    }
}
