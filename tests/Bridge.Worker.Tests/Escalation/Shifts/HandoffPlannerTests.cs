using Bridge.Worker.Escalation.Shifts;
using Bridge.Worker.OnCall;
using static Bridge.Worker.Tests.Support.OnCallFixtures;

namespace Bridge.Worker.Tests.Escalation.Shifts;

/// <summary>When a handoff notice is due, from stretches and an instant alone.</summary>
public sealed class HandoffPlannerTests
{
    private static readonly OnCallStretch Tuesday = new("after-hours", "anguyen", Ny(2026, 12, 1, 17), Ny(2026, 12, 2, 8));

    private static IReadOnlyList<DueHandoff> Due(DateTimeOffset now, HandoffOptions? options = null) =>
        HandoffPlanner.Due([Tuesday], now, options ?? new HandoffOptions());

    [Theory]
    [InlineData(15, 59, null)]
    [InlineData(16, 0, "Before")]
    [InlineData(16, 59, "Before")]
    [InlineData(17, 0, "Start")]
    [InlineData(17, 9, "Start")]
    [InlineData(17, 10, null)]
    [InlineData(23, 0, null)]
    public void Due_AroundTheStart_BeforeFromAnHourAheadStartForTenMinutes(int hour, int minute, string? expected)
    {
        var due = Due(Ny(2026, 12, 1, hour, minute));

        Assert.Equal(expected, due.SingleOrDefault()?.Moment.ToString());
    }

    [Fact]
    public void Due_NoticeBeforeZero_OnlyTheStartNotice()
    {
        var options = new HandoffOptions { NoticeBefore = TimeSpan.Zero };

        Assert.Empty(Due(Ny(2026, 12, 1, 16, 30), options));
        Assert.Equal(HandoffMoment.Start, Assert.Single(Due(Ny(2026, 12, 1, 17), options)).Moment);
    }

    [Fact]
    public void Due_AtStartOff_OnlyTheNoticeBefore()
    {
        var options = new HandoffOptions { AtStart = false };

        Assert.Equal(HandoffMoment.Before, Assert.Single(Due(Ny(2026, 12, 1, 16, 30), options)).Moment);
        Assert.Empty(Due(Ny(2026, 12, 1, 17), options));
    }

    [Fact]
    public void Due_Disabled_Nothing()
    {
        Assert.Empty(Due(Ny(2026, 12, 1, 16, 30), new HandoffOptions { Enabled = false }));
    }

    [Fact]
    public void Key_NamesScheduleMemberStartAndMoment()
    {
        var due = Assert.Single(Due(Ny(2026, 12, 1, 16)));

        Assert.Equal("handoff:after-hours:anguyen:2026-12-01T22:00:00.0000000Z:before", due.Key);
    }

    [Fact]
    public void Window_HoldsTheShiftBeforeAStretchThatStartedUpToTenMinutesAgo()
    {
        var (from, to) = HandoffPlanner.Window(Ny(2026, 12, 1, 17, 9), new HandoffOptions());

        Assert.True(from < Tuesday.Start);
        Assert.True(to > Ny(2026, 12, 1, 18, 9));
    }

    [Fact]
    public void Join_BackToBackShiftsOfOnePerson_OneStretch()
    {
        OnCallShift Shift(string member, DateTimeOffset start, DateTimeOffset end, long n) =>
            new("after-hours", member, start, end, OnCallSource.FromLayer("rotation", n));

        var stretches = OnCallStretch.Join(
        [
            Shift("bruiz", Ny(2026, 12, 5, 8), Ny(2026, 12, 7, 8), 2),
            Shift("anguyen", Ny(2026, 12, 4, 17), Ny(2026, 12, 5, 8), 1),
            Shift("Bruiz", Ny(2026, 12, 7, 8), Ny(2026, 12, 7, 17), 3),
            Shift("bruiz", Ny(2026, 12, 7, 18), Ny(2026, 12, 8, 8), 3),
        ]);

        Assert.Equal(
            [
                new OnCallStretch("after-hours", "anguyen", Ny(2026, 12, 4, 17), Ny(2026, 12, 5, 8)),
                new OnCallStretch("after-hours", "bruiz", Ny(2026, 12, 5, 8), Ny(2026, 12, 7, 17)),
                new OnCallStretch("after-hours", "bruiz", Ny(2026, 12, 7, 18), Ny(2026, 12, 8, 8)),
            ],
            stretches);
    }
}
