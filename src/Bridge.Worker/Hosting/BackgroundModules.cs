using Bridge.Worker.Storage;
using Bridge.Worker.Storage.Leases;

namespace Bridge.Worker.Hosting;

/// <summary>
/// Several instances on one PostgreSQL database: the hosted services that are background modules run only on the
/// instance holding the engine lease (<see cref="EngineLease"/>); the others run on every instance. Every hosted
/// service of the bridge's is one or the other by name here: one that is neither stops the start, so a new service is
/// decided, not left to run twice. The framework's are per instance, but for Quartz's scheduler (the poll and sweep timers).
/// </summary>
internal static class BackgroundModules
{
    /// <summary>Work that must happen once across the instances: polling, the inbox, the stages, timers, delivery, write-back, watch.</summary>
    public static readonly IReadOnlySet<string> Modules = new HashSet<string>(StringComparer.Ordinal)
    {
        "Bridge.Worker.Escalation.Delivery.DeliveryLanes",
        "Bridge.Worker.Escalation.Shifts.ShiftNotices",
        "Bridge.Worker.Escalation.Timers.EscalationStartup",
        "Bridge.Worker.Ingest.InboxProcessor",
        "Bridge.Worker.Ingest.CallbackRegistrar",
        "Bridge.Worker.Access.Audit.AuditSweeper",
        "Bridge.Worker.Routing.BusinessBoundaries",
        "Bridge.Worker.Watch.WatchService",
        "Bridge.Worker.Engine.StageLoop",
        "Bridge.Worker.WriteBack.OutboxWorker",
        "Bridge.Worker.WriteBack.TimeEntries.TimeEntryReviewer",
        "Quartz.QuartzHostedService",
        "Bridge.Worker.Demo.DemoTimeline",
        "Bridge.Worker.Hosting.WakeListener",
        "Bridge.Worker.Reporting.Digest.MorningDigest",
    };

    /// <summary>Work each instance does for itself: its own start and files, its memory, its web server, its lease.</summary>
    public static readonly IReadOnlySet<string> PerInstance = new HashSet<string>(StringComparer.Ordinal)
    {
        "Bridge.Worker.Storage.StorageStartup",
        "Bridge.Worker.Storage.Leases.LeaseKeeper",
        "Bridge.Worker.Ingest.InboxFileMove",
        "Bridge.Worker.Ingest.HeapTrim",
        "Bridge.Worker.Ingest.BridgeMemberDiscovery",
        "Bridge.Worker.Access.ConsoleTokenIssuer",
        "Bridge.Worker.Configuration.ConfigFileWatcher",
        "Bridge.Worker.OnCall.OnCallStartup",
    };

    /// <summary>With PostgreSQL: the lease, its keeper first among the hosted services (it stops last), and every module held back by it.</summary>
    public static void UseEngineLease(IServiceCollection services, IConfiguration configuration)
    {
        if (!string.Equals(configuration["Storage:Provider"], nameof(StorageProvider.PostgreSql), StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var leaseTime = TimeSpan.TryParse(configuration["Storage:LeaseTime"], System.Globalization.CultureInfo.InvariantCulture, out var configured) && configured > TimeSpan.Zero
            ? configured
            : StorageOptions.DefaultLeaseTime;
        var instance = configuration["Storage:InstanceName"] is { Length: > 0 } name
            ? name
            : $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";
        services.AddSingleton(new EngineLease(instance, leaseTime));
        services.AddSingleton<LeasedModules>();
        services.AddHealthChecks().AddCheck<LeaseHealthCheck>("lease", tags: ["ready"]);

        services.AddHostedService<WakeListener>();
        var hosted = services.Where(d => d.ServiceType == typeof(IHostedService)).ToList();
        foreach (var descriptor in hosted)
        {
            var index = services.IndexOf(descriptor);
            services[index] = ServiceDescriptor.Singleton<IHostedService>(sp =>
            {
                var service = Resolve(sp, descriptor);
                var type = service.GetType().FullName!;
                if (Modules.Contains(type))
                {
                    return new LeasedModule(service, sp.GetRequiredService<LeasedModules>());
                }

                // The framework's own (web server, telemetry, data protection) are per instance; every one of the bridge's is decided here.
                return PerInstance.Contains(type) || !type.StartsWith("Bridge.", StringComparison.Ordinal)
                    ? service
                    : throw new InvalidOperationException($"Hosted service {type} is neither a background module nor per-instance work (Hosting/BackgroundModules): decide which before it runs on two instances.");
            });
        }

        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, LeaseKeeper>());
    }

    private static IHostedService Resolve(IServiceProvider services, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance as IHostedService
        ?? (IHostedService?)descriptor.ImplementationFactory?.Invoke(services)
        ?? (IHostedService)ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);
}
