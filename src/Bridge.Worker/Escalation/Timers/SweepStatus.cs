namespace Bridge.Worker.Escalation.Timers;

/// <summary>When the escalation sweeper last finished a sweep: the self-watch's proof that due steps are still looked at.</summary>
internal sealed class SweepStatus(TimeProvider time)
{
    private long _lastRanTicks;

    /// <summary>Null until the first sweep since start.</summary>
    public DateTimeOffset? LastRanAt
    {
        get
        {
            var ticks = Interlocked.Read(ref _lastRanTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    public void Ran() => Interlocked.Exchange(ref _lastRanTicks, time.GetUtcNow().UtcTicks);
}
