using Bridge.Worker.StatusPage;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.StatusPage;

public sealed class ReasonTextTests
{
    private static readonly StatusClock Clock = new(new DateTimeOffset(2026, 11, 24, 7, 14, 0, TimeSpan.Zero), RoutingFixtures.NewYork);

    private static readonly string[] Stored =
    [
        "[client] client ContosoLaw (Routing:Clients:1)",
        "[contract] contract AfterHoursBillable, after-hours multiplier ×1.5 (Routing:Clients:1:Contract)",
        "[business-hours] Tue 2026-11-24 02:14 -05:00 America/New_York is outside business hours (Mon 08:00-17:00) (Routing:BusinessHours)",
        "[priority] priority 'Priority 1 - Emergency Response' (id 1) is P1 (Routing:Priorities:P1)",
        "[emergency-rule] emergency rule 'priority-1' matched priority P1 (Routing:Default:Emergency:Rules:0)",
        "[contract] after-hours emergency on an AfterHoursBillable contract: page now, billed after-hours ×1.5 (Routing:Clients:1:Contract)",
        "[policy] escalation policy p1-unassigned (Routing:Priorities:P1:UnassignedPolicy)",
        "[sla] SLA clock from Tue 2026-11-24 02:14 -05:00 America/New_York: internal response by Tue 2026-11-24 02:44 -05:00 America/New_York (Routing:Priorities:P1:Sla)",
    ];

    [Fact]
    public void Parse_StoredReason_SplitsRuleTextAndConfigKey()
    {
        var reason = ReasonText.Parse(Stored[4]);

        Assert.Equal(("emergency-rule", "emergency rule 'priority-1' matched priority P1", "Routing:Default:Emergency:Rules:0"), (reason.Rule, reason.Text, reason.ConfigKey));
    }

    [Fact]
    public void Parse_TextWithoutTheShape_KeepsItWhole()
    {
        var reason = ReasonText.Parse("something else entirely");

        Assert.Equal(("", "something else entirely", null), (reason.Rule, reason.Text, reason.ConfigKey));
    }

    [Fact]
    public void Deciding_AFullDecision_KeepsHoursEmergencyAndConclusionInOrder()
    {
        var deciding = ReasonText.Deciding(Stored.Select(ReasonText.Parse).ToList());

        Assert.Equal(
            ["outside business hours", "emergency rule 'priority-1' matched priority P1", "after-hours emergency on an AfterHoursBillable contract: page now, billed after-hours ×1.5"],
            deciding.Select(r => r.Brief(Clock)));
    }

    [Fact]
    public void Deciding_UnmappedPriority_StaysBecauseItExplainsTheOutcome()
    {
        var deciding = ReasonText.Deciding([ReasonText.Parse("[priority] priority 'Urgent' is not mapped to a level; no SLA targets (Routing:Priorities)")]);

        Assert.Single(deciding);
    }

    [Theory]
    [InlineData("waits for the next business opening, Tue 2026-11-24 08:00 -05:00 America/New_York", "waits for the next business opening, 08:00")]
    [InlineData("waits until Mon 2026-11-30 07:00 -05:00 America/New_York", "waits until Mon 07:00")]
    [InlineData("no date here", "no date here")]
    public void WithShortDates_DeciderDates_ReadAsThePageShowsTimes(string text, string expected) =>
        Assert.Equal(expected, ReasonText.WithShortDates(text, Clock));

    [Fact]
    public void Brief_AfterHoursWait_DoesNotRepeatNotAnEmergency()
    {
        var reason = ReasonText.Parse("[after-hours] not an emergency: waits for the next business opening, Tue 2026-11-24 08:00 -05:00 America/New_York (Routing:BusinessHours)");

        Assert.Equal("waits for the next business opening, 08:00", reason.Brief(Clock));
    }

    [Fact]
    public void Brief_Holiday_NamesTheHoliday()
    {
        var reason = ReasonText.Parse("[holiday] Thu 2026-11-26 02:00 -05:00 America/New_York is Thanksgiving (holiday rule \"fourth Thursday of November\"): not a business day (Routing:Holidays:4)");

        Assert.Equal("Thanksgiving: not a business day", reason.Brief(Clock));
    }
}
