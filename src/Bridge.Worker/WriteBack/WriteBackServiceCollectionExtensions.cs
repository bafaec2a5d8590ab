using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Kernel;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Bridge.Worker.Storage;
using Bridge.Worker.Telemetry;

namespace Bridge.Worker.WriteBack;

internal static class WriteBackServiceCollectionExtensions
{
    /// <summary>
    /// Write-back (section <c>WriteBack</c>, validated): the outbox and its worker, which reads the incident timeline
    /// from a durable cursor and writes statuses, notes and time entries into ConnectWise exactly once; the
    /// <c>writeback</c> readiness check.
    /// </summary>
    public static IServiceCollection AddWriteBack(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBridgeOptions<WriteBackOptions, WriteBackOptionsValidator>(configuration, WriteBackOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IncidentTimeline>();
        services.AddStore<OutboxStore>();
        services.AddBridgeMetrics();
        // The states a record waits in; written, skipped and shadowed records are done and only grow.
        services.AddSingleton(sp => BridgeGauge.ByState(
            "bridge.outbox.depth", "{record}", "Outbox records not yet written to ConnectWise, by state.",
            [OutboxState.Pending, OutboxState.Sending, OutboxState.Failed, OutboxState.Unknown, OutboxState.Parked],
            state => sp.GetRequiredService<OutboxStore>().CountIn(state)));
        services.AddSingleton<ITimelineContributor, OutboxTimeline>();
        services.AddSingleton<TimelineCursorStore>();
        services.AddSingleton<Escalation.Engine.IWorkEvidence, ConnectWiseWorkEvidence>();
        services.AddSingleton<AppliedStatusStore>();
        services.AddSingleton<TimelineFeeder>();
        services.AddSingleton<WriteBackTargetResolver>();
        services.AddSingleton<IOutboxWriter, StatusWriter>();
        services.AddSingleton<NoteWriter>();
        services.AddSingleton<IOutboxWriter>(sp => sp.GetRequiredService<NoteWriter>());
        services.AddSingleton<IOutboxWriter, ClientNoticeWriter>();
        services.AddSingleton<IOutboxWriter, TimeEntryWriter>();
        services.AddSingleton<IOutboxWriter, TimeEntries.TimeEntryWorkTypeWriter>();
        services.AddSingleton<OutboxProcessor>();
        services.AddSingleton<OutboxAdmin>();
        services.AddStore<TimeEntries.TimeEntryReviewStore>();
        services.AddSingleton<TimeEntries.TimeEntryReviewer>();
        services.AddHostedService(sp => sp.GetRequiredService<TimeEntries.TimeEntryReviewer>());
        services.AddSingleton<OutboxWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxWorker>());
        services.AddHealthChecks().AddCheck<WriteBackHealthCheck>("writeback", tags: ["ready"]);
        return services;
    }

    /// <summary><c>GET /outbox</c>.</summary>
    public static IEndpointRouteBuilder MapWriteBackEndpoints(this IEndpointRouteBuilder endpoints) => endpoints.MapOutboxEndpoints();
}
