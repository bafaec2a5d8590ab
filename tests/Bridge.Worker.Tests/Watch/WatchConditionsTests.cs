using System.Net;
using Bridge.Worker.Ingest;
using Bridge.Worker.Watch;

namespace Bridge.Worker.Tests.Watch;

/// <summary>Which causes fail long enough to tell people, and when the bridge is well enough for a heartbeat: inputs and an instant, no host.</summary>
public sealed class WatchConditionsTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = Start.AddHours(1);
    private static readonly WatchAlarmOptions Alarms = new();
    private static readonly HeartbeatOptions Beat = new();

    private static WatchSignals Well() => new(
        new PollHealth(Start, Now.AddMinutes(-1), Now.AddMinutes(-1), null, null, null),
        Now.AddSeconds(-20), 2, [], 0, null, 55, null);

    private static WatchSignals FailingSince(TimeSpan ago, HttpStatusCode? status = null) => Well() with
    {
        Poll = new PollHealth(Start, Now.AddMinutes(-1), Now - ago - TimeSpan.FromMinutes(1), Now - ago, "connection refused", status),
    };

    private static IReadOnlyList<string> Causes(WatchSignals signals, WatchAlarmOptions? options = null) =>
        WatchConditions.Failing(signals, options ?? Alarms, Now).Where(c => c.Confirmed).Select(c => c.Cause).ToList();

    [Fact]
    public void Failing_AllWell_Nothing()
    {
        Assert.Empty(Causes(Well()));
        Assert.Null(WatchConditions.Sickness(Well(), Beat, Now));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(30, true)]
    public void Failing_PollsFailing_ConnectWiseConfirmedOnlyAfterDownAfter(int minutes, bool confirmed)
    {
        var condition = Assert.Single(WatchConditions.Failing(FailingSince(TimeSpan.FromMinutes(minutes)), Alarms, Now));

        Assert.Equal((WatchCause.ConnectWise, confirmed), (condition.Cause, condition.Confirmed));
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, "refuses", "answered 401")]
    [InlineData(HttpStatusCode.Forbidden, "refuses", "answered 403")]
    [InlineData(HttpStatusCode.ServiceUnavailable, "unreachable", "Every poll has failed")]
    [InlineData(null, "unreachable", "Every poll has failed")]
    public void Failing_ConnectWise_SaysWhetherItRefusesOrCannotBeReached(HttpStatusCode? status, string subject, string detail)
    {
        var condition = Assert.Single(WatchConditions.Failing(FailingSince(TimeSpan.FromMinutes(10), status), Alarms, Now));

        Assert.Contains(subject, condition.Subject, StringComparison.Ordinal);
        Assert.Contains(detail, condition.Detail, StringComparison.Ordinal);
        Assert.Contains("10 min", condition.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Failing_NoPollEndedSinceTheStart_ConnectWiseUnconfirmed()
    {
        var justStarted = Well() with { Poll = new PollHealth(Now.AddMinutes(-1), null, null, null, null, null) };

        var condition = Assert.Single(WatchConditions.Failing(justStarted, Alarms, Now));

        Assert.Equal((WatchCause.ConnectWise, false), (condition.Cause, condition.Confirmed));
    }

    [Fact]
    public void Failing_NoCycleEndedForPollStaleAfter_PollingStopped()
    {
        var stale = Well() with { Poll = new PollHealth(Start, Now.AddMinutes(-16), Now.AddMinutes(-16), null, null, null) };
        var fresh = Well() with { Poll = new PollHealth(Start, Now.AddMinutes(-14), Now.AddMinutes(-14), null, null, null) };

        Assert.Equal([WatchCause.Polling], Causes(stale));
        Assert.Empty(Causes(fresh));
    }

    [Fact]
    public void Failing_NoCycleSinceStart_CountsFromTheStart()
    {
        var neverPolled = Well() with { Poll = new PollHealth(Now.AddMinutes(-20), null, null, null, null, null) };
        var justStarted = Well() with { Poll = new PollHealth(Now.AddMinutes(-2), null, null, null, null, null) };

        Assert.Equal([WatchCause.Polling], Causes(neverPolled));
        Assert.Empty(Causes(justStarted));
    }

    [Fact]
    public void Failing_EveryChannelFailing_Raised_OneOfTwo_NotRaised()
    {
        Assert.Equal([WatchCause.Channels], Causes(Well() with { ChannelsFailing = ["sms failed 3 times", "email failed 5 times"] }));
        Assert.Empty(Causes(Well() with { ChannelsFailing = ["sms failed 3 times"] }));
        Assert.Empty(Causes(Well() with { ChannelsConfigured = 0 }));
    }

    [Fact]
    public void Failing_NothingSentSinceTheStart_ChannelsUnconfirmed()
    {
        var condition = Assert.Single(WatchConditions.Failing(Well() with { ChannelsKnown = false }, Alarms, Now));

        Assert.Equal((WatchCause.Channels, false), (condition.Cause, condition.Confirmed));
    }

    [Fact]
    public void Failing_ParkedOutboxRecords_NamesTheLatest()
    {
        var condition = Assert.Single(WatchConditions.Failing(Well() with { Parked = 2, LatestParked = "#7 Note for ticket #42: 400 bad member" }, Alarms, Now));

        Assert.Equal(WatchCause.Outbox, condition.Cause);
        Assert.Contains("2 write(s)", condition.Detail, StringComparison.Ordinal);
        Assert.Contains("#7 Note for ticket #42", condition.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(9.5, true)]
    [InlineData(10.0, false)]
    [InlineData(null, false)]
    public void Failing_DiskBelowThreshold_Raised(double? free, bool raised)
    {
        Assert.Equal(raised, Causes(Well() with { DiskFreePercent = free }).Contains(WatchCause.Disk));
    }

    [Fact]
    public void Failing_ClockJump_RaisedUntilTheClockKeptStepForClockSteadyFor()
    {
        var recent = Well() with { ClockJumpedAt = new ClockJump(Now.AddMinutes(-29), TimeSpan.FromHours(1)) };
        var old = Well() with { ClockJumpedAt = new ClockJump(Now.AddMinutes(-31), TimeSpan.FromHours(1)) };

        var condition = Assert.Single(WatchConditions.Failing(recent, Alarms, Now));
        Assert.Equal(WatchCause.Clock, condition.Cause);
        Assert.Contains("60 min ahead of", condition.Detail, StringComparison.Ordinal);
        Assert.Empty(Causes(old));
    }

    [Fact]
    public void Sickness_PollFailingNow_NoHeartbeatEvenBeforeTheAlarm()
    {
        Assert.StartsWith("polls failing since", WatchConditions.Sickness(FailingSince(TimeSpan.FromSeconds(30)), Beat, Now));
    }

    [Fact]
    public void Sickness_EachSignal_NamesWhyNoHeartbeat()
    {
        var oldSuccess = Well() with { Poll = new PollHealth(Start, Now.AddMinutes(-11), Now.AddMinutes(-11), null, null, null) };

        Assert.StartsWith("no poll succeeded since", WatchConditions.Sickness(oldSuccess, Beat, Now));
        Assert.Equal("no poll has succeeded yet", WatchConditions.Sickness(Well() with { Poll = new PollHealth(Start, null, null, null, null, null) }, Beat, Now));
        Assert.StartsWith("the escalation sweeper has not run since", WatchConditions.Sickness(Well() with { SweptAt = Now.AddMinutes(-3) }, Beat, Now));
        Assert.Equal("the escalation sweeper has not run yet", WatchConditions.Sickness(Well() with { SweptAt = null }, Beat, Now));
        Assert.Equal("the state file takes no writes", WatchConditions.Sickness(Well() with { StateFileWritable = false }, Beat, Now));
        Assert.Equal("every channel is failing", WatchConditions.Sickness(Well() with { ChannelsFailing = ["a", "b"] }, Beat, Now));
    }
}
