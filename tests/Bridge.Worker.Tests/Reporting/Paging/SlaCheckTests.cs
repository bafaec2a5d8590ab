using Bridge.Worker.Reporting.Paging;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Reporting.Paging;

public sealed class SlaCheckTests
{
    private static DateTimeOffset At(string iso) => NovemberNights.At(iso);

    [Theory]
    // Entered Wed 2026-11-25 16:00 EST, answered Fri 11-27 10:00 EST: 1 h Wed + Thanksgiving (0) + 2 h Fri = 3 h of business time.
    [InlineData("2026-11-27T15:00:00Z", 4, true, "Met")]
    [InlineData("2026-11-27T15:00:00Z", 3, true, "Met")]
    [InlineData("2026-11-27T15:01:00Z", 3, true, "Missed")]
    // Without the holiday Thursday counts 9 h: 12 h, past a 4 h target.
    [InlineData("2026-11-27T15:00:00Z", 4, false, "Missed")]
    public void ByBusinessTime_AcrossThanksgiving_SkipsTheHoliday(string answered, int targetHours, bool thanksgivingIsAHoliday, string expected)
    {
        var calendar = thanksgivingIsAHoliday ? RoutingFixtures.Calendar(holidayRules: ["fourth Thursday of November"]) : RoutingFixtures.Calendar();

        var outcome = SlaCheck.ByBusinessTime(calendar, At("2026-11-25T21:00:00Z"), At(answered), TimeSpan.FromHours(targetHours), At("2026-12-01T00:00:00Z"));

        Assert.Equal(Enum.Parse<SlaOutcome>(expected), outcome);
    }

    [Fact]
    public void ByBusinessTime_AnsweredAtNight_NoBusinessTimePassed()
    {
        // Sunday 2026-11-01, the doubled hour: 01:50 EDT → 01:10 EST is no business time at all.
        var outcome = SlaCheck.ByBusinessTime(RoutingFixtures.Calendar(), At("2026-11-01T05:50:00Z"), At("2026-11-01T06:10:00Z"), TimeSpan.FromHours(1), At("2026-11-02T00:00:00Z"));

        Assert.Equal(SlaOutcome.Met, outcome);
    }

    [Fact]
    public void ByBusinessTime_UnansweredPastItsBusinessTime_Missed_UnansweredWithinIt_NotMeasured()
    {
        // Entered Mon 2026-11-30 09:00 EST (14:00Z), P1 client response 1 h of business time: by 10:30 EST (15:30Z) it is missed.
        var calendar = RoutingFixtures.Calendar();

        Assert.Equal(SlaOutcome.Missed, SlaCheck.ByBusinessTime(calendar, At("2026-11-30T14:00:00Z"), null, TimeSpan.FromHours(1), At("2026-11-30T15:30:00Z")));
        Assert.Equal(SlaOutcome.NotMeasured, SlaCheck.ByBusinessTime(calendar, At("2026-11-30T14:00:00Z"), null, TimeSpan.FromHours(1), At("2026-11-30T14:45:00Z")));
    }

    [Theory]
    [InlineData("2026-11-11T03:30:00Z", "Met")]
    [InlineData("2026-11-11T03:30:01Z", "Missed")]
    public void ByWallClock_DoneAtTheDueInstant_IsMet(string done, string expected)
    {
        Assert.Equal(Enum.Parse<SlaOutcome>(expected), SlaCheck.ByWallClock(At(done), At("2026-11-11T03:30:00Z"), At("2026-12-01T00:00:00Z")));
    }

    [Fact]
    public void ByWallClock_NoTarget_NotMeasured()
    {
        Assert.Equal(SlaOutcome.NotMeasured, SlaCheck.ByWallClock(null, null, At("2026-12-01T00:00:00Z")));
    }
}
