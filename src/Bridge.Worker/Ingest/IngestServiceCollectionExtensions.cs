using Bridge.Worker.Engine;
using Bridge.Worker.Kernel;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;
using Bridge.Worker.Storage;
using Bridge.Worker.Telemetry;

namespace Bridge.Worker.Ingest;

internal static class IngestServiceCollectionExtensions
{
    /// <summary>
    /// Callbacks in (endpoint + durable inbox), the poller on a Quartz timer, the tracker, and the hand-over
    /// to every <see cref="ITicketChangeHandler"/> (for now one that logs). Quartz runs on the container's
    /// <see cref="TimeProvider"/>, the same clock as the rest of the bridge.
    /// </summary>
    public static IServiceCollection AddIngest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBridgeOptions<IngestOptions, IngestOptionsValidator>(configuration, IngestOptions.SectionName);
        // Callbacks are registered with ConnectWise at start (URL, secret, boards) and the poll timer is set then:
        // applying a new callback secret before ConnectWise knows it would refuse every callback until a restart.
        services.AddReadAtStart(IngestOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddBridgeMetrics();

        services.AddSingleton<TicketStateStore>();
        services.AddStore<TicketChangeStore>();
        services.AddSingleton<CallbackInbox>();
        services.AddSingleton<PollWatermarkStore>();
        services.TryAddSingleton<ITicketDetailsPolicy, NoTicketDetails>();
        services.AddSingleton<TicketReader>();
        services.AddSingleton<ITicketSource>(sp => sp.GetRequiredService<TicketReader>());
        services.AddSingleton<BridgeMember>();
        services.AddHostedService<BridgeMemberDiscovery>();
        services.AddSingleton<TicketTracker>();
        services.AddEngine(configuration);
        services.AddSingleton<TicketChangeInput>();
        services.AddSingleton<IStageSource, TicketChangeStages>();
        services.AddSingleton<PollStatus>();
        services.AddSingleton<TicketPoller>();
        services.AddSingleton<CallbackIntake>();
        services.AddSingleton<InboxProcessor>();
        // Before the processor: entries still in the state file are moved into the inbox file and worked from there.
        services.AddHostedService<InboxFileMove>();
        services.AddHostedService<HeapTrim>();
        services.AddHostedService(sp => sp.GetRequiredService<InboxProcessor>());
        services.AddSingleton<CallbackRegistrar>();
        services.AddHostedService(sp => sp.GetRequiredService<CallbackRegistrar>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITicketChangeHandler, LoggingTicketChangeHandler>());

        services.AddQuartz(quartz => quartz
            // Quartz keeps schedulers in a process-wide repository by name; several hosts in one process (tests,
            // the demo) must not share one, or stopping one host stops the other's jobs.
            // A stopping service cancels a running poll and waits for it to unwind, instead of leaving it to run
            // against disposed services; the next start polls from the same watermark.
            .ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = $"bridge-{Guid.NewGuid():N}";
                scheduler.ShutdownJobInterruption = ShutdownJobInterruption.Always;
            })
            .ScheduleJob<PollJob>(
            (sp, trigger) => trigger
                .WithIdentity("ingest-poll", "ingest")
                .StartNow()
                .WithSimpleSchedule(schedule => schedule
                    .WithInterval(sp.GetRequiredService<IOptions<IngestOptions>>().Value.PollInterval)
                    .RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)),
            (_, job) => job.WithIdentity(PollJob.Key).DisallowConcurrentExecution()));
        services.AddQuartzHostedService(quartz => quartz.WaitForJobsToComplete = true);
        return services;
    }
}
