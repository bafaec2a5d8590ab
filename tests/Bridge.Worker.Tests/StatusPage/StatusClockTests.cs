using Bridge.Worker.StatusPage;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.StatusPage;

public sealed class StatusClockTests
{
    /// <summary>Tuesday 24 November 2026, 02:14 EST.</summary>
    private static readonly StatusClock Clock = new(new DateTimeOffset(2026, 11, 24, 7, 14, 0, TimeSpan.Zero), RoutingFixtures.NewYork);

    [Theory]
    [InlineData("2026-11-24T08:00:00-05:00", "08:00")]
    [InlineData("2026-11-23T17:00:00-05:00", "Mon 17:00")]
    [InlineData("2026-11-30T17:00:00-05:00", "Mon 17:00")]
    [InlineData("2026-12-07T17:00:00-05:00", "7 Dec 17:00")]
    [InlineData("2027-01-04T08:00:00-05:00", "4 Jan 2027 08:00")]
    [InlineData("2026-11-24T13:00:00+00:00", "08:00")]
    public void Short_AnInstant_IsTheMspWallClockAsShortAsItCanBe(string at, string expected) =>
        Assert.Equal(expected, Clock.Short(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void When_AnInstant_CarriesTheMachineTimeTheTooltipAndHowFarItIs()
    {
        var html = Clock.When(new DateTimeOffset(2026, 11, 24, 7, 2, 0, TimeSpan.Zero)).Markup;

        Assert.Equal("<time datetime=\"2026-11-24T07:02:00Z\" title=\"Tue 24 Nov 2026 02:02:00 EST\">02:02</time> <span class=\"rel\">12 min ago</span>", html);
    }

    [Fact]
    public void ZoneAbbreviation_InSummer_IsDaylightTime()
    {
        var summer = new StatusClock(new DateTimeOffset(2026, 7, 1, 6, 0, 0, TimeSpan.Zero), RoutingFixtures.NewYork);

        Assert.Equal(("EST", "EDT"), (Clock.ZoneAbbreviation, summer.ZoneAbbreviation));
    }
}
