using Bridge.Worker.Escalation.Engine;
using Quartz;

namespace Bridge.Worker.Escalation.Timers;

/// <summary>The safety net behind the per-incident timers: every sweep runs every incident whose step is due.</summary>
[DisallowConcurrentExecution]
internal sealed class EscalationSweepJob(EscalationEngine engine, SweepStatus status) : IJob
{
    public static readonly JobKey Key = new("escalation-sweep", "escalation");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await engine.RunDueAsync(cancellationToken);
        status.Ran();
    }
}
