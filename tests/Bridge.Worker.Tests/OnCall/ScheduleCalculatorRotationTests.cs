using Bridge.Worker.OnCall;
using static Bridge.Worker.Tests.Support.OnCallFixtures;

namespace Bridge.Worker.Tests.OnCall;

public sealed class ScheduleCalculatorRotationTests
{
    private static readonly string[] Three = ["alice", "bob", "carol"];

    [Fact]
    public void Resolve_WeeklyRotationOfThree_HandsOffEveryMondayAt0800LocalAllYear()
    {
        var calculator = Calculator(Options(Weekly("primary", Three)));

        // 2025-01-06 is the first Monday of the rotation; walk all 52 weeks (DST starts 9 March, ends 2 November).
        for (var week = 0; week < 52; week++)
        {
            var monday = new DateTime(2025, 1, 6).AddDays(7 * week);
            var handoff = Ny(monday.Year, monday.Month, monday.Day, 8);
            var expected = Three[week % 3];
            var previous = Three[(week + 2) % 3];

            Assert.Equal(expected, calculator.Resolve(NodaTime.Instant.FromDateTimeOffset(handoff)).Member);
            Assert.Equal(previous, calculator.Resolve(NodaTime.Instant.FromDateTimeOffset(handoff.AddMinutes(-1))).Member);
            Assert.Equal(expected, calculator.Resolve(NodaTime.Instant.FromDateTimeOffset(handoff.AddDays(6).AddHours(22))).Member);
        }
    }

    [Fact]
    public void NextShifts_AcrossSpringForward_ShiftIs167HoursAndHandoffsStayAt0800()
    {
        var calculator = Calculator(Options(Weekly("primary", Three)));

        var shifts = calculator.NextShifts(Ny(2025, 3, 4, 12), 3);

        Assert.Equal(Ny(2025, 3, 3, 8), shifts[0].Start);
        Assert.Equal(TimeSpan.FromHours(167), shifts[0].Duration);
        Assert.Equal(new DateTimeOffset(2025, 3, 10, 8, 0, 0, TimeSpan.FromHours(-4)), shifts[0].End);
        Assert.Equal(new DateTimeOffset(2025, 3, 3, 8, 0, 0, TimeSpan.FromHours(-5)), shifts[0].Start);
        Assert.Equal(TimeSpan.FromHours(168), shifts[1].Duration);
    }

    [Fact]
    public void NextShifts_AcrossFallBack_ShiftIs169Hours()
    {
        var calculator = Calculator(Options(Weekly("primary", Three)));

        var shift = calculator.NextShifts(Ny(2025, 10, 29, 12), 1).Single();

        Assert.Equal(new DateTimeOffset(2025, 10, 27, 8, 0, 0, TimeSpan.FromHours(-4)), shift.Start);
        Assert.Equal(new DateTimeOffset(2025, 11, 3, 8, 0, 0, TimeSpan.FromHours(-5)), shift.End);
        Assert.Equal(TimeSpan.FromHours(169), shift.Duration);
    }

    [Fact]
    public void Load_WholeYear_SumsToRealHoursOfTheYear()
    {
        var calculator = Calculator(Options(Weekly("primary", Three)));
        var from = Ny(2025, 1, 6, 8);
        var to = Ny(2026, 1, 5, 8);

        var load = calculator.Load(from, to);

        Assert.Equal(to - from, load.Covered);
        Assert.Equal(TimeSpan.Zero, load.Uncovered);
        Assert.Equal(load.Covered, load.PerPerson.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b));
        // 52 weeks: alice 18 shifts, bob and carol 17; whoever has the spring-forward week loses an hour, the fall-back week gains one.
        Assert.Equal(52 * 168, load.Covered.TotalHours);
        var springWeekOwner = calculator.Resolve(NodaTime.Instant.FromDateTimeOffset(Ny(2025, 3, 5, 12))).Member!;
        var fallWeekOwner = calculator.Resolve(NodaTime.Instant.FromDateTimeOffset(Ny(2025, 10, 29, 12))).Member!;
        var expected = new Dictionary<string, double> { ["alice"] = 18 * 168, ["bob"] = 17 * 168, ["carol"] = 17 * 168 };
        expected[springWeekOwner] -= 1;
        expected[fallWeekOwner] += 1;
        foreach (var (member, hours) in expected)
        {
            Assert.Equal(hours, load.PerPerson[member].TotalHours);
        }
    }

    [Fact]
    public void Resolve_BeforeTheStartDate_RotationRunsBackwards()
    {
        var calculator = Calculator(Options(Weekly("primary", Three)));

        var member = calculator.Resolve(NodaTime.Instant.FromDateTimeOffset(Ny(2025, 1, 1, 12))).Member;

        Assert.Equal("carol", member);
    }

    [Fact]
    public void NextShifts_DailyHandoffAt0230OnSpringForwardDay_HandsOffAt0300()
    {
        var layer = Weekly("daily", Three);
        layer.Shift = "Daily";
        layer.Handoff = "02:30";
        var calculator = Calculator(Options(layer));

        var shifts = calculator.NextShifts(Ny(2025, 3, 8, 12), 3);

        Assert.Equal(Ny(2025, 3, 8, 2, 30), shifts[0].Start);
        Assert.Equal(Ny(2025, 3, 9, 3), shifts[0].End);
        Assert.Equal(TimeSpan.FromMinutes(23 * 60 + 30), shifts[0].Duration);
        Assert.Equal(Ny(2025, 3, 10, 2, 30), shifts[1].End);
    }

    [Fact]
    public void NextShifts_TwelveHourShifts_StayAt0800And2000AcrossTheChange()
    {
        var layer = Weekly("halves", "alice", "bob");
        layer.Shift = "12h";
        layer.Handoff = "08:00";
        var calculator = Calculator(Options(layer));

        var shifts = calculator.NextShifts(Ny(2025, 3, 8, 9), 4);

        Assert.Equal([Ny(2025, 3, 8, 8), Ny(2025, 3, 8, 20), Ny(2025, 3, 9, 8), Ny(2025, 3, 9, 20)], shifts.Select(s => s.Start));
        Assert.Equal([12, 11, 12, 12], shifts.Select(s => s.Duration.TotalHours));
        Assert.Equal(["alice", "bob", "alice", "bob"], shifts.Select(s => s.Member));
    }
}
