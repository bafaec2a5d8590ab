using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Escalation.Shifts;
using Bridge.Worker.OnCall;
using NodaTime;
using static Bridge.Worker.Tests.Support.OnCallFixtures;

namespace Bridge.Worker.Tests.Escalation.Shifts;

/// <summary>The words of handoff notices and gap warnings.</summary>
public sealed class ShiftTextTests
{
    private static readonly DateTimeZone NewYorkZone = DateTimeZoneProviders.Tzdb[NewYork];
    private static readonly DateTimeZone Chicago = DateTimeZoneProviders.Tzdb["America/Chicago"];

    [Theory]
    [InlineData(4, 17, "17:00")]
    [InlineData(5, 8, "tomorrow 08:00")]
    [InlineData(7, 8, "Monday 08:00")]
    [InlineData(10, 23, "Thursday 23:00")]
    [InlineData(11, 8, "Friday 11 December 08:00")]
    public void Moment_NamesTheDayOnlyPastTomorrow(int day, int hour, string expected)
    {
        Assert.Equal(expected, ShiftText.Moment(Ny(2026, 12, day, hour), Ny(2026, 12, 4, 16), NewYorkZone));
    }

    [Theory]
    [InlineData(4, 16, 4, 17, "Friday 4 December 16:00 – 17:00")]
    [InlineData(4, 17, 5, 8, "Friday 4 December 17:00 – Saturday 08:00")]
    [InlineData(4, 17, 14, 8, "Friday 4 December 17:00 – Monday 14 December 08:00")]
    public void Span_EndsDayNamedWhenItDiffers(int startDay, int startHour, int endDay, int endHour, string expected)
    {
        Assert.Equal(expected, ShiftText.Span(Ny(2026, 12, startDay, startHour), Ny(2026, 12, endDay, endHour), NewYorkZone));
    }

    [Theory]
    [InlineData(15 * 60, "15 h")]
    [InlineData(90, "1 h 30 min")]
    [InlineData(45, "45 min")]
    [InlineData((3 * 24 + 4) * 60 + 5, "3 d 4 h")]
    public void Length_HoursAndMinutesOrDaysAndHours(int minutes, string expected)
    {
        Assert.Equal(expected, ShiftText.Length(TimeSpan.FromMinutes(minutes)));
    }

    [Fact]
    public void Handoff_FridayEvening_OnCallUntilMonday()
    {
        var due = new DueHandoff(new OnCallStretch("after-hours", "anguyen", Ny(2026, 12, 4, 17), Ny(2026, 12, 7, 8)), HandoffMoment.Before);

        var notice = ShiftNoticeText.Handoff(due, NewYorkZone, Ny(2026, 12, 4, 16));

        Assert.Equal("You are on call for after-hours from 17:00 until Monday 08:00.", notice.Text);
        Assert.Equal(NoticeReach.FirstContact, notice.Reach);
        Assert.Equal(due.Key, notice.Key);
    }

    [Fact]
    public void Handoff_PersonInAnotherZone_TheirOwnClock()
    {
        var due = new DueHandoff(new OnCallStretch("after-hours", "dschmidt", Ny(2026, 12, 1, 17), Ny(2026, 12, 2, 8)), HandoffMoment.Start);

        var notice = ShiftNoticeText.Handoff(due, Chicago, Ny(2026, 12, 1, 17));

        Assert.Equal("You are on call for after-hours now, from 16:00 until tomorrow 07:00.", notice.Text);
    }

    [Fact]
    public void Gap_SaysWhenHowLongAndTheCommandThatFillsIt()
    {
        var due = new DueGapWarning(new OnCallGap("after-hours", Ny(2026, 12, 4, 17), Ny(2026, 12, 5, 8)), TimeSpan.FromDays(7), false);

        var notice = ShiftNoticeText.Gap(due, NewYorkZone, NewYorkZone);

        Assert.Equal("Nobody on call for after-hours Friday 4 December 17:00", notice.Subject);
        Assert.Equal(
            "after-hours has nobody on call Friday 4 December 17:00 – Saturday 08:00 (15 h). Fill it with an override: "
            + "bridge oncall override --schedule after-hours --person MEMBER --from \"2026-12-04 17:00\" --to \"2026-12-05 08:00\" "
            + "(times on the schedule's clock, America/New_York).",
            notice.Text);
    }

    [Fact]
    public void Gap_TheCommandReadsOnTheSchedulesClock_TheSpanOnTheMsps()
    {
        var due = new DueGapWarning(new OnCallGap("after-hours", Ny(2026, 12, 4, 17), Ny(2026, 12, 4, 18)), TimeSpan.FromDays(1), false);

        var notice = ShiftNoticeText.Gap(due, Chicago, NewYorkZone);

        Assert.StartsWith("after-hours has nobody on call Friday 4 December 16:00 – 17:00 (1 h).", notice.Text);
        Assert.Contains("--from \"2026-12-04 17:00\" --to \"2026-12-04 18:00\"", notice.Text);
    }
}
