using Bridge.Worker.Demo;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Demo;

public sealed class DemoStartTests
{
    [Theory]
    [InlineData("2026-11-23T10:30:00-05:00", "2026-11-24T02:00:00-05:00")] // Monday morning → Tuesday 02:00
    [InlineData("2026-11-24T01:15:00-05:00", "2026-11-24T02:00:00-05:00")] // Tuesday before 02:00 → the same night
    [InlineData("2026-11-27T09:00:00-05:00", "2026-11-30T02:00:00-05:00")] // Friday → Monday 02:00, not the weekend
    [InlineData("2026-11-28T23:00:00-05:00", "2026-11-30T02:00:00-05:00")] // Saturday night → Monday
    [InlineData("2026-03-07T12:00:00-05:00", "2026-03-09T02:00:00-04:00")] // the DST weekend: Monday 02:00 EDT
    public void Tonight_FromNow_IsTheNextWeekday0200InTheMspZone(string now, string expected) =>
        Assert.Equal(RoutingFixtures.At(expected), DemoStart.Tonight(RoutingFixtures.At(now), RoutingFixtures.NewYork));
}
