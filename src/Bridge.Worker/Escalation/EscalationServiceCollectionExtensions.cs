using Bridge.Worker.Engine;
using Bridge.Worker.Escalation.Acknowledgement;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.Escalation.Shifts;
using Bridge.Worker.Escalation.Timers;
using Bridge.Worker.Kernel;
using Bridge.Worker.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;
using Bridge.Worker.Storage;
using Bridge.Worker.Telemetry;

namespace Bridge.Worker.Escalation;

internal static class EscalationServiceCollectionExtensions
{
    /// <summary>
    /// Policies (validated), incidents, the engine behind routing, an alarm clock on the bridge's clock with a Quartz sweeper behind it,
    /// the alarm set from storage at start, signed acknowledgement links and the one service every way of acknowledging goes through.
    /// </summary>
    public static IServiceCollection AddEscalation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBridgeOptions<EscalationOptions, EscalationOptionsValidator>(configuration, EscalationOptions.SectionName);
        services.AddStore<IncidentStore>();
        services.AddBridgeMetrics();
        services.AddSingleton(sp => BridgeGauge.ByState(
            "bridge.incident.open", "{incident}", "Open incidents, by state.", [IncidentState.Triggered, IncidentState.Acknowledged],
            state => sp.GetRequiredService<IncidentStore>().CountIn(state)));
        services.AddSingleton<Timeline.TimelineView>();
        services.AddSingleton<TicketLocks>();
        services.AddSingleton<LocalClock>();
        services.AddSingleton<StepSender>();
        services.AddStore<PageQueue>();
        services.AddSingleton<DeliveryLanes>();
        services.AddSingleton<NoticeSender>();
        services.AddShiftNotices();
        services.AddHostedService(sp => sp.GetRequiredService<DeliveryLanes>());
        services.AddSingleton<IBacklog>(sp => sp.GetRequiredService<DeliveryLanes>());
        services.AddSingleton<IRetriesParked>(sp => sp.GetRequiredService<DeliveryLanes>());
        services.AddSingleton<EscalationEngine>();
        services.AddSingleton<EscalationAlarm>();
        services.AddSingleton<SweepStatus>();
        services.AddSingleton<IEscalationTimers>(sp => sp.GetRequiredService<EscalationAlarm>());
        services.AddSingleton<AckSigningKey>();
        services.AddSingleton<AckTokens>();
        services.AddSingleton<AckLinks>();
        services.AddSingleton<IncidentActions>();
        services.RemoveAll<IAcknowledgementService>();
        services.AddSingleton<IAcknowledgementService>(sp => sp.GetRequiredService<IncidentActions>());
        services.AddEngine(configuration);
        services.AddSingleton<EscalationChangeHandler>();
        services.AddSingleton<IStage>(sp => new Stage<RoutedChange>(
            EscalationChangeHandler.StageName, sp.GetRequiredService<RoutedChangeInput>(), sp.GetRequiredService<EscalationChangeHandler>(), () => 0, null, sp.GetRequiredService<EngineServices>()));
        services.AddHostedService<EscalationStartup>();
        services.AddHealthChecks().AddCheck<EscalationReferenceCheck>("escalation", tags: ["ready"]);

        services.AddQuartz(quartz => quartz
            .ScheduleJob<EscalationSweepJob>(
                (sp, trigger) => trigger
                    .WithIdentity("escalation-sweep", "escalation")
                    .StartNow()
                    .WithSimpleSchedule(schedule => schedule
                        .WithInterval(sp.GetRequiredService<IOptions<EscalationOptions>>().Value.SweepInterval)
                        .RepeatForever()
                        .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)),
                (_, job) => job.WithIdentity(EscalationSweepJob.Key).DisallowConcurrentExecution()));
        return services;
    }

    /// <summary><c>/ack/{incident}/{token}</c> (GET shows, POST acts) and the incident views the CLI and status page read.</summary>
    public static IEndpointRouteBuilder MapEscalationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var ack = endpoints.MapGroup("/ack").DisableAntiforgery();
        ack.MapGet("/{incidentId:int}/{token}", AckEndpoints.ShowAsync).Public("a signed, expiring link for one incident and person", page: true);
        ack.MapPost("/{incidentId:int}/{token}", AckEndpoints.ActAsync).Public("a signed, expiring link for one incident, person and action");
        endpoints.MapGet(Api.IncidentEndpoints.Path, Api.IncidentEndpoints.List).ForRole(AccessRole.Viewer);
        endpoints.MapGet(Api.IncidentEndpoints.Path + "/{incidentId:int}", Api.IncidentEndpoints.Get).ForRole(AccessRole.Viewer);
        return endpoints;
    }
}
