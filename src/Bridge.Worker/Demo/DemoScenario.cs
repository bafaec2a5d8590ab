using Bridge.Worker.Ingest;

namespace Bridge.Worker.Demo;

/// <summary>
/// The night the demo plays, run once the bridge has started. For now it only waits until the bridge has read
/// the sandbox's open tickets (the cold-start poll) so that the timeline and the status page show them routed.
/// The scripted night (a P1 that escalates until a link is acknowledged, a P3 deferred to the morning) comes
/// with the escalation engine and write-back; it belongs here, acting on <see cref="DemoContext.Sandbox"/>,
/// waiting on <see cref="DemoContext.Clock"/> (at ×60 a 15-minute ladder step takes 15 s) and skipping the quiet
/// hours to the business morning with <see cref="DemoClock.Advance"/>, so the whole night fits in a minute.
/// </summary>
internal static class DemoScenario
{
    private static readonly TimeSpan ColdStartWait = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        var poller = demo.Bridge.Services.GetRequiredService<TicketPoller>();
        var dispatcher = demo.Bridge.Services.GetRequiredService<ChangeDispatcher>();
        var waited = TimeSpan.Zero;
        while ((poller.CompletedCycles == 0 || dispatcher.CountUndelivered() > 0) && waited < ColdStartWait)
        {
            // Real time: this waits for the bridge's work, not for a moment of the night.
            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System, cancellationToken);
            waited += TimeSpan.FromMilliseconds(100);
        }

        await demo.Timeline.PrintNewAsync(cancellationToken);
    }
}
