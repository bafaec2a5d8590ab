using Bridge.Worker.Escalation.Shifts;
using Bridge.Worker.OnCall;
using static Bridge.Worker.Tests.Support.OnCallFixtures;

namespace Bridge.Worker.Tests.Escalation.Shifts;

/// <summary>When a gap warning is due, from gaps and an instant alone.</summary>
public sealed class GapPlannerTests
{
    private static readonly IReadOnlyList<TimeSpan> SevenAndOne = [TimeSpan.FromDays(7), TimeSpan.FromDays(1)];
    private static readonly OnCallGap Friday = new("after-hours", Ny(2026, 12, 4, 17), Ny(2026, 12, 5, 8));

    private static DueGapWarning? Due(DateTimeOffset now, OnCallGap? gap = null) =>
        GapPlanner.Due([gap ?? Friday], now, SevenAndOne).SingleOrDefault();

    [Theory]
    [InlineData(11, 27, 16, 59, null)]
    [InlineData(11, 27, 17, 0, "7d")]
    [InlineData(12, 3, 16, 59, "7d")]
    [InlineData(12, 3, 17, 0, "1d")]
    [InlineData(12, 4, 16, 59, "1d")]
    [InlineData(12, 4, 17, 0, null)]
    public void Due_SevenDaysThenOneDayAhead_UntilTheGapStarts(int month, int day, int hour, int minute, string? expected)
    {
        var due = Due(Ny(2026, month, day, hour, minute));

        Assert.Equal(expected, due is null ? null : DueGapWarning.Label(due.Ahead));
    }

    [Fact]
    public void Key_NamesScheduleStartEndAndWarning()
    {
        var due = Due(Ny(2026, 11, 30, 9))!;

        Assert.Equal("gap:after-hours:2026-12-04T22:00:00.0000000Z:2026-12-05T13:00:00.0000000Z:7d", due.Key);
    }

    [Fact]
    public void Due_GapLongerThanTheWindowShows_KeyStaysPutAsTheWindowMoves()
    {
        var start = Ny(2026, 12, 4, 17);
        var now = Ny(2026, 12, 1, 9);
        var (_, firstEnd) = GapPlanner.Window(now, SevenAndOne);
        var (_, laterEnd) = GapPlanner.Window(now.AddMinutes(1), SevenAndOne);

        var first = Due(now, new OnCallGap("after-hours", start, firstEnd))!;
        var later = Due(now.AddMinutes(1), new OnCallGap("after-hours", start, laterEnd))!;

        Assert.Equal(first.Key, later.Key);
        Assert.True(first.Longer);
        Assert.Equal(GapPlanner.LongestShown, first.Gap.Duration);
    }

    [Fact]
    public void Due_GapUnderWay_NotWarned()
    {
        Assert.Null(Due(Ny(2026, 12, 4, 20), Friday with { Start = Ny(2026, 12, 4, 20) }));
    }

    [Theory]
    [InlineData(7, "7d")]
    [InlineData(0.5, "12h")]
    [InlineData(0.0625, "90m")]
    public void Label_ShortestWholeUnit(double days, string expected)
    {
        Assert.Equal(expected, DueGapWarning.Label(TimeSpan.FromDays(days)));
    }
}
