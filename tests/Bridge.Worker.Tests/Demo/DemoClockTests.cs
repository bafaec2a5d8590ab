using Bridge.Worker.Demo;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Worker.Tests.Demo;

/// <summary>The demo clock over a fake "machine" clock: one real second is a demo minute at ×60.</summary>
public sealed class DemoClockTests
{
    private static readonly DateTimeOffset Night = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _machine = new(new DateTimeOffset(2026, 11, 23, 15, 30, 0, TimeSpan.Zero));

    [Fact]
    public void GetUtcNow_RealSecondsPass_DemoMinutesPass()
    {
        var clock = new DemoClock(Night, 60, _machine);

        var atStart = clock.GetUtcNow();
        _machine.Advance(TimeSpan.FromSeconds(15));

        Assert.Equal(Night, atStart);
        Assert.Equal(Night.AddMinutes(15), clock.GetUtcNow());
    }

    [Fact]
    public void GetElapsedTime_MeasuredWithTimestamps_AgreesWithTheDemoClock()
    {
        var clock = new DemoClock(Night, 60, _machine);
        var started = clock.GetTimestamp();

        _machine.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(TimeSpan.FromMinutes(2), clock.GetElapsedTime(started));
    }

    [Fact]
    public async Task Delay_FifteenDemoMinutes_EndsAfterFifteenRealSeconds()
    {
        var clock = new DemoClock(Night, 60, _machine);
        var delay = Task.Delay(TimeSpan.FromMinutes(15), clock);

        _machine.Advance(TimeSpan.FromSeconds(14.9));
        var beforeDue = delay.IsCompleted;
        _machine.Advance(TimeSpan.FromSeconds(0.1));
        await delay.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(beforeDue);
        Assert.Equal(Night.AddMinutes(15), clock.GetUtcNow());
    }

    [Fact]
    public void CreateTimer_PeriodAndChange_AreScaledToo()
    {
        var clock = new DemoClock(Night, 60, _machine);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2));

        _machine.Advance(TimeSpan.FromSeconds(1));
        var first = Volatile.Read(ref fired);
        _machine.Advance(TimeSpan.FromSeconds(2));
        var second = Volatile.Read(ref fired);
        timer.Change(TimeSpan.FromMinutes(10), Timeout.InfiniteTimeSpan);
        _machine.Advance(TimeSpan.FromSeconds(9));
        var beforeChanged = Volatile.Read(ref fired);
        _machine.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal((1, 2, 2, 3), (first, second, beforeChanged, Volatile.Read(ref fired)));
    }

    [Fact]
    public async Task Advance_SkippingTheQuietHours_FiresWhatFellDueAndKeepsTheRestOnTheirDemoTime()
    {
        var clock = new DemoClock(Night, 60, _machine);
        var morning = Task.Delay(TimeSpan.FromHours(6), clock);
        var later = Task.Delay(TimeSpan.FromHours(7), clock);

        clock.Advance(TimeSpan.FromHours(6) - TimeSpan.FromMinutes(1));
        var beforeMorning = morning.IsCompleted;
        _machine.Advance(TimeSpan.FromSeconds(1));
        await morning.WaitAsync(TimeSpan.FromSeconds(5));
        _machine.Advance(TimeSpan.FromSeconds(59));
        var beforeLater = later.IsCompleted;
        _machine.Advance(TimeSpan.FromSeconds(1));
        await later.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(beforeMorning);
        Assert.False(beforeLater);
        Assert.Equal(Night.AddHours(7), clock.GetUtcNow());
    }

    [Fact]
    public void Advance_PeriodicTimer_FiresOnceForTheJumpThenKeepsItsPeriod()
    {
        var clock = new DemoClock(Night, 60, _machine);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15));

        clock.Advance(TimeSpan.FromHours(1));
        _machine.Advance(TimeSpan.Zero);
        var afterJump = Volatile.Read(ref fired);
        _machine.Advance(TimeSpan.FromSeconds(15));

        Assert.Equal((1, 2), (afterJump, Volatile.Read(ref fired)));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(4000)]
    [InlineData(double.NaN)]
    public void Constructor_SpeedOutOfRange_IsRefused(double speed) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DemoClock(Night, speed, _machine));

    [Fact]
    public void ToReal_Infinite_StaysInfinite()
    {
        var clock = new DemoClock(Night, 60, _machine);

        Assert.Equal((Timeout.InfiniteTimeSpan, TimeSpan.Zero, TimeSpan.FromSeconds(1)), (clock.ToReal(Timeout.InfiniteTimeSpan), clock.ToReal(TimeSpan.Zero), clock.ToReal(TimeSpan.FromMinutes(1))));
    }
}
