using System.Collections.Concurrent;

namespace Bridge.Worker.Demo;

/// <summary>
/// The demo's clock: it starts at a chosen instant (tonight 02:00, say) and runs <see cref="Speed"/> times
/// faster than the machine's. Timers are shortened by the same factor, so everything that waits on the bridge's
/// one <see cref="TimeProvider"/> — Quartz triggers, <c>Task.Delay(…, time)</c>, Polly delays and timeouts —
/// follows it: at ×60 a step due in 15 minutes fires after 15 seconds. <see cref="Advance"/> skips a quiet
/// stretch of the night at once, firing whatever falls due in it.
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
    private readonly ConcurrentDictionary<ScaledTimer, byte> _timers = new();
    private long _skippedTicks;

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

    public override DateTimeOffset GetUtcNow() => Start + Elapsed();

    public override long GetTimestamp() => _realStart + (long)(Elapsed().Ticks * (TimestampFrequency / (double)TimeSpan.TicksPerSecond));

    public override long TimestampFrequency => _real.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => _real.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ScaledTimer(this, callback, state);
        _timers[timer] = 0;
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>
    /// Jumps the night forward by <paramref name="by"/> (the scenario skipping the quiet hours to the morning):
    /// every timer due within the jump fires now, the others keep their demo due time.
    /// </summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _skippedTicks, by.Ticks);
        foreach (var timer in _timers.Keys)
        {
            timer.Reschedule();
        }
    }

    /// <summary>How long a demo duration takes in real time (infinite stays infinite).</summary>
    public TimeSpan ToReal(TimeSpan demo) =>
        demo == Timeout.InfiniteTimeSpan || demo <= TimeSpan.Zero ? demo : TimeSpan.FromTicks(Math.Max(1, (long)(demo.Ticks / Speed)));

    /// <summary>How much demo time passes in a real duration.</summary>
    public TimeSpan ToDemo(TimeSpan real) => TimeSpan.FromTicks((long)(real.Ticks * Speed));

    private TimeSpan Elapsed() => ToDemo(_real.GetElapsedTime(_realStart)) + TimeSpan.FromTicks(Interlocked.Read(ref _skippedTicks));

    /// <summary>
    /// A timer of the machine's clock that keeps its due instant in demo time, so that <see cref="Change"/> takes
    /// demo durations and a jump of the clock can bring it forward.
    /// </summary>
    private sealed class ScaledTimer : ITimer
    {
        private readonly DemoClock _clock;
        private readonly TimerCallback _callback;
        private readonly ITimer _inner;
        private readonly Lock _gate = new();
        private DateTimeOffset? _dueAt;
        private TimeSpan _period = Timeout.InfiniteTimeSpan;
        private bool _disposed;

        public ScaledTimer(DemoClock clock, TimerCallback callback, object? state)
        {
            _clock = clock;
            _callback = callback;
            _inner = clock._real.CreateTimer(Fire, state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (_gate)
            {
                if (_disposed)
                {
                    return false;
                }

                _dueAt = dueTime == Timeout.InfiniteTimeSpan ? null : _clock.GetUtcNow() + dueTime;
                _period = period;
                _clock._timers[this] = 0;
                return _inner.Change(_clock.ToReal(dueTime), _clock.ToReal(period));
            }
        }

        public void Reschedule()
        {
            lock (_gate)
            {
                if (_dueAt is { } due)
                {
                    var remaining = due - _clock.GetUtcNow();
                    _inner.Change(_clock.ToReal(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero), _clock.ToReal(_period));
                }
            }
        }

        public void Dispose()
        {
            Forget();
            _inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Forget();
            return _inner.DisposeAsync();
        }

        private void Forget()
        {
            lock (_gate)
            {
                _disposed = true;
                _clock._timers.TryRemove(this, out _);
            }
        }

        private void Fire(object? state)
        {
            lock (_gate)
            {
                var periodic = _period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan;
                _dueAt = periodic ? _clock.GetUtcNow() + _period : null;
                if (!periodic)
                {
                    // A one-shot timer that fired is forgotten until it is changed again (Task.Delay never disposes early).
                    _clock._timers.TryRemove(this, out _);
                }
            }

            _callback(state);
        }
    }
}
