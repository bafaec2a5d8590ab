namespace Bridge.Worker.Demo;

/// <summary>
/// The demo's clock: it starts at a chosen instant (tonight 02:00, say) and runs <see cref="Speed"/> times
/// faster than the machine's. Timers are shortened by the same factor, so everything that waits on the bridge's
/// one <see cref="TimeProvider"/> — Quartz triggers, <c>Task.Delay(…, time)</c>, Polly delays and timeouts —
/// follows it: at ×60 a step due in 15 minutes fires after 15 seconds.
/// </summary>
/// <remarks>
/// Timestamps run fast too, so an elapsed time measured with <see cref="TimeProvider.GetElapsedTime(long)"/>
/// agrees with <see cref="GetUtcNow"/>. Only waits on this clock are shortened: a socket or HttpClient timeout
/// is still real time.
/// </remarks>
public sealed class DemoClock : TimeProvider
{
    public const double MinSpeed = 1;
    public const double MaxSpeed = 3600;

    private readonly TimeProvider _real;
    private readonly long _realStart;

    public DemoClock(DateTimeOffset start, double speed, TimeProvider? real = null)
    {
        if (double.IsNaN(speed) || speed < MinSpeed || speed > MaxSpeed)
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, $"The demo clock runs between ×{MinSpeed} and ×{MaxSpeed}.");
        }

        _real = real ?? System;
        _realStart = _real.GetTimestamp();
        Start = start;
        Speed = speed;
    }

    /// <summary>The demo instant the clock showed when it was made.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>Demo seconds per real second.</summary>
    public double Speed { get; }

    public override DateTimeOffset GetUtcNow() => Start + ToDemo(_real.GetElapsedTime(_realStart));

    public override long GetTimestamp() => _realStart + (long)((_real.GetTimestamp() - _realStart) * Speed);

    public override long TimestampFrequency => _real.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => _real.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(_real.CreateTimer(callback, state, ToReal(dueTime), ToReal(period)), this);

    /// <summary>How long a demo duration takes in real time (infinite stays infinite).</summary>
    public TimeSpan ToReal(TimeSpan demo) =>
        demo == Timeout.InfiniteTimeSpan || demo <= TimeSpan.Zero ? demo : TimeSpan.FromTicks(Math.Max(1, (long)(demo.Ticks / Speed)));

    /// <summary>How much demo time passes in a real duration.</summary>
    public TimeSpan ToDemo(TimeSpan real) => TimeSpan.FromTicks((long)(real.Ticks * Speed));

    /// <summary>A timer of the machine's clock whose <see cref="Change"/> takes demo durations.</summary>
    private sealed class ScaledTimer(ITimer inner, DemoClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.ToReal(dueTime), clock.ToReal(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
