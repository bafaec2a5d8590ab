using Bridge.Worker.Kernel;
using Bridge.Worker.Storage;

namespace Bridge.Worker.Access.Audit;

internal static class AuditServiceCollectionExtensions
{
    /// <summary>
    /// The audit trail every capability records into (<see cref="IAuditTrail"/>, stored in <c>access_audit</c>), its
    /// retention (<c>Access:AuditRetention</c>) and the hourly sweep. Calling it twice registers it once.
    /// </summary>
    public static IServiceCollection AddAudit(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(AuditStore)))
        {
            return services;
        }

        services.AddBridgeOptions<AuditOptions, AuditOptionsValidator>(configuration, AuditOptions.SectionName);
        services.AddStore<AuditStore>();
        services.AddSingleton<IAuditTrail>(sp => sp.GetRequiredService<AuditStore>());
        services.AddSingleton<AuditSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditSweeper>());
        return services;
    }
}
