using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Escalation.Incidents;

namespace Bridge.Worker.Escalation.Timers;

/// <summary>
/// At start, storage is the truth: every incident with a step due gets its timer back, and whatever fell due while
/// the bridge was down gets a timer for now, and runs once per step (not once per missed repeat).
/// </summary>
internal sealed class EscalationStartup(
    IncidentStore incidents,
    IEscalationTimers timers,
    TimeProvider time,
    ILogger<EscalationStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduled = incidents.Scheduled();
        var now = time.GetUtcNow();
        foreach (var incident in scheduled)
        {
            await timers.SetAsync(incident, cancellationToken);
        }

        EscalationLog.TimersRebuilt(logger, scheduled.Count, scheduled.Count(i => i.NextDueAt <= now));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
