using Bridge.Worker.Watch;
using NodaTime;

namespace Bridge.Worker.Tests.Watch;

/// <summary>The canary's instant in the MSP's zone and its week key, across a DST change.</summary>
public sealed class CanaryWeekTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Theory]
    [InlineData("Wednesday 19:00", IsoDayOfWeek.Wednesday, 19, 0)]
    [InlineData("monday 7:30", IsoDayOfWeek.Monday, 7, 30)]
    public void Parse_WeekdayAndTime(string at, IsoDayOfWeek day, int hour, int minute)
    {
        Assert.Equal((day, new LocalTime(hour, minute)), CanaryWeek.Parse(at));
    }

    [Theory]
    [InlineData("Wednesday")]
    [InlineData("19:00")]
    [InlineData("Someday 19:00")]
    [InlineData("3 19:00")]
    [InlineData("Wednesday 25:00")]
    public void Parse_NotAWeekdayAndTime_Null(string at)
    {
        Assert.Null(CanaryWeek.Parse(at));
    }

    [Theory]
    // Winter (EST, UTC-5) and summer (EDT, UTC-4): the same wall time, an hour apart in UTC.
    [InlineData("2026-11-23T12:00:00Z", "2026-W48", "2026-11-26T00:00:00Z")]
    [InlineData("2026-11-29T23:00:00Z", "2026-W48", "2026-11-26T00:00:00Z")]
    [InlineData("2026-07-01T12:00:00Z", "2026-W27", "2026-07-01T23:00:00Z")]
    // The week after the spring change (8 March 2026) and the first days of an ISO year that starts in December.
    [InlineData("2026-03-09T12:00:00Z", "2026-W11", "2026-03-11T23:00:00Z")]
    [InlineData("2025-12-30T12:00:00Z", "2026-W01", "2026-01-01T00:00:00Z")]
    public void Of_TheWeeksOccurrenceInTheZone(string now, string key, string due)
    {
        var week = CanaryWeek.Of(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), NewYork, IsoDayOfWeek.Wednesday, new LocalTime(19, 0));

        Assert.Equal(key, week.Key);
        Assert.Equal(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture), week.DueAt);
        Assert.Equal(int.Parse(key.Replace("-W", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture), week.Number);
    }

    [Fact]
    public void Of_WallTimeTheClocksSkip_MovedForwardByTheGap()
    {
        // Sunday 8 March 2026: 02:00–03:00 does not exist in New York; 02:30 is taken as 03:30 EDT.
        var week = CanaryWeek.Of(new DateTimeOffset(2026, 3, 5, 12, 0, 0, TimeSpan.Zero), NewYork, IsoDayOfWeek.Sunday, new LocalTime(2, 30));

        Assert.Equal(new DateTimeOffset(2026, 3, 8, 7, 30, 0, TimeSpan.Zero), week.DueAt);
    }
}
