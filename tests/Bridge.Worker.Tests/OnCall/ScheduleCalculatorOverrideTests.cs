using Bridge.Worker.OnCall;
using NodaTime;
using static Bridge.Worker.Tests.Support.OnCallFixtures;

namespace Bridge.Worker.Tests.OnCall;

public sealed class ScheduleCalculatorOverrideTests
{
    private static readonly string[] Three = ["alice", "bob", "carol"];

    [Fact]
    public void NextShifts_OverrideInTheMiddleOfAShift_SplitsItInThree()
    {
        // alice has 2025-01-06 08:00 → 2025-01-13 08:00; sub covers Wednesday 12:00 → Thursday 12:00.
        var sick = Override("sick-day", "sub", "alice", Ny(2025, 1, 8, 12), Ny(2025, 1, 9, 12));
        var calculator = Calculator(Options(Weekly("primary", Three)), sick);

        var shifts = calculator.NextShifts(Ny(2025, 1, 6, 8), 4);

        Assert.Equal(["alice", "sub", "alice", "bob"], shifts.Select(s => s.Member));
        Assert.Equal(Ny(2025, 1, 8, 12), shifts[0].End);
        Assert.Equal((Ny(2025, 1, 8, 12), Ny(2025, 1, 9, 12)), (shifts[1].Start, shifts[1].End));
        Assert.Equal(new OnCallSource(OnCallSourceKind.Override, "sick-day", 0, "alice"), shifts[1].Source);
        Assert.Equal(Ny(2025, 1, 13, 8), shifts[2].End);
    }

    [Fact]
    public void At_InsideOverride_AnswersWithTheOverrideAndItsEnd()
    {
        var sick = Override("sick-day", "sub", "alice", Ny(2025, 1, 8, 12), Ny(2025, 1, 9, 12));
        var model = Compile(Options(Weekly("primary", Three)));
        var calculator = new ScheduleCalculator(model.Schedules["main"], [sick]);

        var answer = calculator.At(Ny(2025, 1, 9, 0), m => model.People.GetValueOrDefault(m));

        Assert.Equal("sub", answer.Person?.Member);
        Assert.Equal("sick-day", answer.Source.Name);
        Assert.Equal("alice", answer.Source.Replaced);
        Assert.Equal(Ny(2025, 1, 8, 12), answer.Since);
        Assert.Equal(Ny(2025, 1, 9, 12), answer.Until);
    }

    [Fact]
    public void Resolve_OverrideForSomeoneNotOnCall_ChangesNothing()
    {
        var swap = Override("swap", "sub", "bob", Ny(2025, 1, 8, 12), Ny(2025, 1, 9, 12));
        var calculator = Calculator(Options(Weekly("primary", Three)), swap);

        var (member, source) = calculator.Resolve(Instant.FromDateTimeOffset(Ny(2025, 1, 8, 18)));

        Assert.Equal("alice", member);
        Assert.Equal(OnCallSourceKind.Layer, source.Kind);
    }

    [Fact]
    public void Resolve_OverrideWithoutFor_FillsAGapToo()
    {
        var daytime = Weekly("daytime", "alice");
        daytime.Restrictions = [Window("Monday-Friday", "08:00", "17:00")];
        var cover = Override("cover", "sub", null, Ny(2025, 1, 8, 12), Ny(2025, 1, 9, 12));
        var calculator = Calculator(Options(daytime), cover);

        Assert.Equal("sub", calculator.Resolve(Instant.FromDateTimeOffset(Ny(2025, 1, 8, 22))).Member);
        Assert.Empty(calculator.Gaps(Ny(2025, 1, 8, 12), Ny(2025, 1, 9, 12)));
    }

    [Fact]
    public void Resolve_OverrideOnTopOfOverride_LaterOneWins()
    {
        var first = Override("first", "sub", "alice", Ny(2025, 1, 8, 0), Ny(2025, 1, 10, 0));
        var second = Override("second", "carol", "sub", Ny(2025, 1, 9, 0), Ny(2025, 1, 9, 12));
        var calculator = Calculator(Options(Weekly("primary", Three)), first, second);

        var shifts = calculator.ShiftsOverlapping(Ny(2025, 1, 8, 0), Ny(2025, 1, 10, 0));

        Assert.Equal(["sub", "carol", "sub"], shifts.Select(s => s.Member));
        Assert.Equal((Ny(2025, 1, 9, 0), Ny(2025, 1, 9, 12)), (shifts[1].Start, shifts[1].End));
        Assert.Equal("sub", shifts[1].Source.Replaced);
        Assert.Equal("first", shifts[2].Source.Name);
    }

    [Fact]
    public void Uid_SameShiftTwice_IsStable()
    {
        var calculator = Calculator(Options(Weekly("primary", Three)));

        var first = calculator.NextShifts(Ny(2025, 1, 7, 0), 2);
        var again = calculator.NextShifts(Ny(2025, 1, 10, 0), 2);

        Assert.Equal(first.Select(s => s.Uid), again.Select(s => s.Uid));
        Assert.Equal("main-alice-20250106T130000Z@bridge-oncall", first[0].Uid);
    }
}
