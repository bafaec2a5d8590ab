using Microsoft.Extensions.Options;

namespace Bridge.Worker.Watch;

/// <summary>One pass of the self-watch: look at the clock, read the signals, raise or clear alarms, beat, run the canary.</summary>
internal sealed class SelfWatch(
    WatchSignalReader signals,
    ClockWatch clock,
    AlarmKeeper alarms,
    Heartbeat heartbeat,
    CanaryKeeper canary,
    IOptionsMonitor<WatchOptions> options,
    TimeProvider time,
    ILogger<SelfWatch> logger)
{
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (clock.Look(settings.Alarms.ClockJump) is { } jump)
        {
            WatchLog.ClockJumped(logger, jump.By);
        }

        var now = time.GetUtcNow();
        var read = signals.Read();
        if (settings.Alarms.Enabled)
        {
            alarms.Reconcile(WatchConditions.Failing(read, settings.Alarms, now), now);
        }

        await heartbeat.BeatAsync(read, now, cancellationToken);
        await canary.RunAsync(now, cancellationToken);
    }
}
