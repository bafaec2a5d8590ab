using Bridge.Worker.OnCall;
using NodaTime;
using static Bridge.Worker.Tests.Support.OnCallFixtures;

namespace Bridge.Worker.Tests.OnCall;

public sealed class ScheduleCalculatorLayerTests
{
    /// <summary>Daytime layer (day, every day 08:00–17:00 by rotation of one) under an after-hours layer of two.</summary>
    private static ScheduleCalculator DaytimeUnderAfterHours()
    {
        var daytime = Weekly("daytime", "dayperson");
        daytime.Restrictions = [Window("Monday-Friday", "08:00", "17:00")];
        var afterHours = Weekly("after-hours", "night1", "night2");
        afterHours.Restrictions = AfterHours();
        return Calculator(Options(daytime, afterHours));
    }

    private static (string? Member, OnCallSource Source) At(ScheduleCalculator calculator, DateTimeOffset at) =>
        calculator.Resolve(Instant.FromDateTimeOffset(at));

    [Theory]
    [InlineData(2025, 3, 4, 12, 0, "dayperson", "daytime")] // Tuesday noon
    [InlineData(2025, 3, 4, 16, 59, "dayperson", "daytime")]
    [InlineData(2025, 3, 4, 17, 0, "night1", "after-hours")] // weeknight starts
    [InlineData(2025, 3, 5, 7, 59, "night1", "after-hours")]
    [InlineData(2025, 3, 5, 8, 0, "dayperson", "daytime")]
    [InlineData(2025, 3, 8, 12, 0, "night1", "after-hours")] // Saturday noon
    [InlineData(2025, 3, 10, 7, 0, "night1", "after-hours")] // Monday before handoff
    [InlineData(2025, 3, 10, 17, 30, "night2", "after-hours")] // next week's night person
    public void Resolve_RestrictedLayerOverDaytimeLayer_NightLayerWinsOnlyInsideItsWindows(int y, int m, int d, int h, int min, string member, string layer)
    {
        var (who, source) = At(DaytimeUnderAfterHours(), Ny(y, m, d, h, min));

        Assert.Equal(member, who);
        Assert.Equal(OnCallSourceKind.Layer, source.Kind);
        Assert.Equal(layer, source.Name);
    }

    [Fact]
    public void Resolve_HigherLayerWithoutRestrictions_HidesLowerLayerCompletely()
    {
        var lower = Weekly("lower", "a");
        var upper = Weekly("upper", "b");
        var calculator = Calculator(Options(lower, upper));

        var load = calculator.Load(Ny(2025, 3, 3, 8), Ny(2025, 3, 31, 8));

        Assert.Equal(["b"], load.PerPerson.Keys);
    }

    [Fact]
    public void NextShifts_AfterHoursLayer_OneShiftPerNightAndOneForTheWeekend()
    {
        var layer = Weekly("after-hours", "night1", "night2");
        layer.Restrictions = AfterHours();
        var calculator = Calculator(Options(layer));

        var shifts = calculator.NextShifts(Ny(2025, 3, 3, 9), 5);

        Assert.Equal(
            [(Ny(2025, 3, 3, 17), Ny(2025, 3, 4, 8)), (Ny(2025, 3, 4, 17), Ny(2025, 3, 5, 8)), (Ny(2025, 3, 5, 17), Ny(2025, 3, 6, 8)),
             (Ny(2025, 3, 6, 17), Ny(2025, 3, 7, 8)), (Ny(2025, 3, 7, 17), Ny(2025, 3, 10, 8))],
            shifts.Select(s => (s.Start, s.End)));
        Assert.All(shifts, s => Assert.Equal("night1", s.Member));
        Assert.Equal(62, shifts[^1].Duration.TotalHours); // the spring-forward weekend is an hour short
    }

    [Fact]
    public void Gaps_DaytimeOnlyLayerOnAroundTheClockSchedule_ReportsEveryNightAndWeekend()
    {
        var daytime = Weekly("daytime", "dayperson");
        daytime.Restrictions = [Window("Monday-Friday", "08:00", "17:00")];
        var calculator = Calculator(Options(daytime));

        var gaps = calculator.Gaps(Ny(2025, 3, 3, 8), Ny(2025, 3, 10, 8));

        Assert.Equal(5, gaps.Count);
        Assert.Equal((Ny(2025, 3, 3, 17), Ny(2025, 3, 4, 8)), (gaps[0].Start, gaps[0].End));
        Assert.Equal((Ny(2025, 3, 7, 17), Ny(2025, 3, 10, 8)), (gaps[4].Start, gaps[4].End));
        Assert.All(gaps, g => Assert.Equal("main", g.Schedule));
    }

    [Fact]
    public void Gaps_AfterHoursLayerMissingSundayNight_OnlyThatHoleInsideCoverage()
    {
        var layer = Weekly("after-hours", "night1");
        layer.Restrictions = [Window("Monday-Friday", "17:00", "08:00"), Window("Saturday-Sunday", "08:00", "20:00")];
        var options = Options(layer);
        options.Schedules[0].Coverage = AfterHours();
        var calculator = Calculator(options);

        var gaps = calculator.Gaps(Ny(2025, 3, 3, 8), Ny(2025, 3, 10, 12));

        Assert.Equal(
            [(Ny(2025, 3, 8, 20), Ny(2025, 3, 9, 8)), (Ny(2025, 3, 9, 20), Ny(2025, 3, 10, 8))],
            gaps.Select(g => (g.Start, g.End)));
    }

    [Fact]
    public void Load_WithGaps_PeoplePlusGapsIsTheWindowExactly()
    {
        var daytime = Weekly("daytime", "a", "b");
        daytime.Restrictions = [Window("Monday-Friday", "08:00", "17:00")];
        var nights = Weekly("nights", "c", "d", "e");
        nights.Restrictions = [Window("Tuesday-Thursday", "17:00", "08:00")];
        var calculator = Calculator(Options(daytime, nights), Override("o1", "sub", null, Ny(2025, 3, 8, 10), Ny(2025, 3, 9, 10)));
        var from = Ny(2025, 2, 1, 0);
        var to = Ny(2025, 12, 1, 0);

        var load = calculator.Load(from, to);
        var gaps = calculator.Gaps(from, to);

        Assert.Equal(load.Covered, load.PerPerson.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b));
        Assert.Equal(to - from, load.Covered + load.Uncovered);
        Assert.Equal(load.Uncovered, gaps.Aggregate(TimeSpan.Zero, (sum, g) => sum + g.Duration));
        Assert.Equal(23, load.PerPerson["sub"].TotalHours); // 10:00 to 10:00 across the spring-forward night
    }
}
