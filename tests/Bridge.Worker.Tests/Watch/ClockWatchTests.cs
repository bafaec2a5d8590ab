using Bridge.Worker.Watch;

namespace Bridge.Worker.Tests.Watch;

/// <summary>The wall clock against the monotonic timestamp: a step of the wall clock is a jump, time passing is not.</summary>
public sealed class ClockWatchTests
{
    private readonly SteppingClock _clock = new(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Look_TimePassing_NoJump()
    {
        var watch = new ClockWatch(_clock);
        watch.Look(TimeSpan.FromMinutes(2));
        _clock.Pass(TimeSpan.FromHours(3));

        Assert.Null(watch.Look(TimeSpan.FromMinutes(2)));
        Assert.Null(watch.LastJump);
    }

    [Theory]
    [InlineData(60)]
    [InlineData(-60)]
    public void Look_WallClockStepped_JumpWithItsSizeAndDirection(int minutes)
    {
        var watch = new ClockWatch(_clock);
        watch.Look(TimeSpan.FromMinutes(2));
        _clock.Pass(TimeSpan.FromMinutes(1));
        _clock.Step(TimeSpan.FromMinutes(minutes));

        var jump = watch.Look(TimeSpan.FromMinutes(2));

        Assert.Equal(TimeSpan.FromMinutes(minutes), jump?.By);
        Assert.Equal(_clock.GetUtcNow(), jump?.At);
        Assert.Null(watch.Look(TimeSpan.FromMinutes(2)));
        Assert.Equal(jump, watch.LastJump);
    }

    [Fact]
    public void Look_StepBelowThreshold_NoJump()
    {
        var watch = new ClockWatch(_clock);
        watch.Look(TimeSpan.FromMinutes(2));
        _clock.Step(TimeSpan.FromSeconds(90));

        Assert.Null(watch.Look(TimeSpan.FromMinutes(2)));
    }

    /// <summary>A clock whose wall time can be stepped apart from its monotonic timestamp (as NTP or an admin does).</summary>
    private sealed class SteppingClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _wall = start;
        private long _ticks;

        public override DateTimeOffset GetUtcNow() => _wall;

        public override long GetTimestamp() => _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public void Pass(TimeSpan span)
        {
            _wall += span;
            _ticks += span.Ticks;
        }

        public void Step(TimeSpan span) => _wall += span;
    }
}
