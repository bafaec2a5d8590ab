using Bridge.Worker.OnCall;
using NodaTime;

namespace Bridge.Worker.Tests.OnCall;

public sealed class InstantTextTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Theory]
    [InlineData("2025-03-10 08:00", "2025-03-10T12:00:00Z")] // daylight time: -04:00
    [InlineData("2025-01-10T08:00", "2025-01-10T13:00:00Z")] // standard time: -05:00
    [InlineData("2025-03-09 02:30", "2025-03-09T07:00:00Z")] // skipped: first instant after the gap (03:00 EDT)
    [InlineData("2025-11-02 01:30", "2025-11-02T05:30:00Z")] // twice: the first (EDT)
    [InlineData("2025-03-10T08:00-05:00", "2025-03-10T13:00:00Z")] // an offset is exact
    [InlineData("2025-03-10T08:00Z", "2025-03-10T08:00:00Z")]
    public void TryParse_WallClockOrExact_ResolvesInScheduleZone(string text, string expectedUtc)
    {
        Assert.True(InstantText.TryParse(text, NewYork, out var instant));

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), instant);
    }

    [Theory]
    [InlineData("")]
    [InlineData("tomorrow")]
    [InlineData("2025-13-01 08:00")]
    public void TryParse_Nonsense_Refused(string text) => Assert.False(InstantText.TryParse(text, NewYork, out _));

    [Fact]
    public void Format_ShowsWallClockWithOffset()
    {
        var text = InstantText.Format(new DateTimeOffset(2025, 3, 10, 12, 0, 0, TimeSpan.Zero), NewYork);

        Assert.Equal("2025-03-10T08:00-04:00", text);
    }
}
