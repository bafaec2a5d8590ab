using Bridge.Worker.Routing;
using Bridge.Worker.Telemetry;
using Bridge.Worker.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Worker.Tests.Telemetry;

public sealed class BridgeMetricsTests : IDisposable
{
    private readonly TestMeters _meters = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero));

    public void Dispose() => _meters.Dispose();

    [Theory]
    [InlineData(200, 1, 0)]
    [InlineData(403, 1, 1)]
    [InlineData(429, 1, 1)]
    public void CallbackAnswered_Status_CountsReceivedAndRefusedByStatus(int status, int received, int refused)
    {
        _meters.Bridge(_time).CallbackAnswered(status);

        Assert.Equal(received, _meters.Sum("bridge.callbacks.received", ("http.response.status_code", status)));
        Assert.Equal(refused, _meters.Sum("bridge.callbacks.refused", ("http.response.status_code", status)));
    }

    [Fact]
    public void PollLag_BeforeAndAfterAPoll_NothingThenTheTimeSinceIt()
    {
        var metrics = _meters.Bridge(_time);
        _meters.Observe();
        Assert.Empty(_meters.Values("bridge.poll.lag"));

        metrics.PollCompleted(TimeSpan.FromMilliseconds(250), succeeded: true);
        _time.Advance(TimeSpan.FromSeconds(90));
        _meters.Observe();

        Assert.Equal([0.25], _meters.Values("bridge.poll.duration"));
        Assert.Equal([90.0], _meters.Values("bridge.poll.lag"));
    }

    [Fact]
    public void PollLag_CycleWithAFailedBoard_KeepsGrowingFromTheLastFullCycle()
    {
        var metrics = _meters.Bridge(_time);
        metrics.PollCompleted(TimeSpan.FromSeconds(1), succeeded: true);
        _time.Advance(TimeSpan.FromMinutes(5));

        metrics.PollCompleted(TimeSpan.FromSeconds(30), succeeded: false);
        _time.Advance(TimeSpan.FromMinutes(1));
        _meters.Observe();

        Assert.Equal([1.0, 30.0], _meters.Values("bridge.poll.duration"));
        Assert.Equal([360.0], _meters.Values("bridge.poll.lag"));
    }

    [Theory]
    [InlineData(Disposition.PageNow, "page_now")]
    [InlineData(Disposition.NextBusinessDay, "next_business_day")]
    [InlineData(Disposition.BusinessHours, "business_hours")]
    public void Value_EnumMember_SnakeCaseAsOpenTelemetryWritesAttributeValues(Disposition disposition, string expected) =>
        Assert.Equal(expected, BridgeMetrics.Value(disposition));

    [Fact]
    public void Gauges_FromTheStores_ObservedAtEachScrapeByState()
    {
        var open = 3L;
        _ = new BridgeMetrics(_meters, _time,
            [BridgeGauge.ByState("bridge.incident.open", "{incident}", "Open incidents.", [DayOfWeek.Monday, DayOfWeek.Tuesday], day => day == DayOfWeek.Monday ? open : 1)]);

        _meters.Observe();
        open = 5;
        _meters.Observe();

        Assert.Equal([3.0, 1.0, 5.0, 1.0], _meters.Values("bridge.incident.open"));
        Assert.Equal(8, _meters.Sum("bridge.incident.open", ("state", "monday")));
    }
}
