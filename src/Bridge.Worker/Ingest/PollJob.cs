using Quartz;

namespace Bridge.Worker.Ingest;

/// <summary>The poll timer: one <see cref="TicketPoller.PollOnceAsync"/> per firing, never two at once.</summary>
[DisallowConcurrentExecution]
internal sealed class PollJob(TicketPoller poller) : IJob
{
    public static readonly JobKey Key = new("ingest-poll", "ingest");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await poller.PollOnceAsync(cancellationToken);
}
