using Bridge.Worker.Routing;
using Bridge.Worker.Routing.Rules;
using static Bridge.Worker.Tests.Support.RoutingFixtures;

namespace Bridge.Worker.Tests.Routing;

public sealed class RoutingDeciderTests
{
    private const string WednesdayNight = "2026-11-18T02:00:00-05:00";
    private const string WednesdayNoon = "2026-11-18T12:00:00-05:00";
    private const string ThanksgivingNight = "2026-11-26T02:00:00-05:00";

    [Theory]
    [InlineData("NorthwindDental", Disposition.PageNow, BillingKind.Included, "included")]
    [InlineData("ContosoLaw", Disposition.PageNow, BillingKind.AfterHours, "after-hours ×1.5")]
    [InlineData("FabrikamRetail", Disposition.NextBusinessDay, BillingKind.Normal, "normal")]
    [InlineData("UnlistedCo", Disposition.PageNow, BillingKind.AfterHours, "after-hours ×1.5")]
    public void Decide_P1AtNight_FollowsContract(string company, Disposition disposition, BillingKind billing, string billingText)
    {
        var decision = RoutingDecider.Decide(Ticket(company, priority: 1), Policy(), At(WednesdayNight));

        Assert.Equal(disposition, decision.Disposition);
        Assert.Equal(billing, decision.Billing.Kind);
        Assert.Equal(billingText, decision.Billing.ToString());
        Assert.True(decision.Emergency);
    }

    [Theory]
    [InlineData("NorthwindDental")]
    [InlineData("ContosoLaw")]
    [InlineData("FabrikamRetail")]
    public void Decide_P1InBusinessHours_BusinessHoursAtNormalRate(string company)
    {
        var decision = RoutingDecider.Decide(Ticket(company, priority: 1), Policy(), At(WednesdayNoon));

        Assert.Equal(Disposition.BusinessHours, decision.Disposition);
        Assert.Equal(BillingKind.Normal, decision.Billing.Kind);
        Assert.Equal("p1-unassigned", decision.EscalationPolicy);
    }

    [Fact]
    public void Decide_FabrikamP1AtNight_ReasonSaysClientIsToldItWaits()
    {
        var decision = RoutingDecider.Decide(Ticket("FabrikamRetail", priority: 1), Policy(), At(WednesdayNight));

        Assert.Equal(At("2026-11-18T08:00:00-05:00"), decision.NextBusinessOpening);
        Assert.Contains(decision.Reasons, r => r.Rule == "contract" && r.ConfigKey == "Routing:Clients:2:Contract" && r.Text.Contains("waits until Wed 2026-11-18 08:00", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_P3AtNight_NotAnEmergencyWaitsForMorning()
    {
        var decision = RoutingDecider.Decide(Ticket("ContosoLaw", priority: 3), Policy(), At(WednesdayNight));

        Assert.Equal(Disposition.NextBusinessDay, decision.Disposition);
        Assert.False(decision.Emergency);
        Assert.Equal("p3", decision.EscalationPolicy);
        // The wait starts the SLA clock at the next opening.
        Assert.Equal(At("2026-11-18T20:00:00-05:00"), decision.Sla.InternalResponse);
    }

    [Fact]
    public void Decide_P1OnThanksgivingForContoso_PagesWithHolidayAndRuleReasons()
    {
        var decision = RoutingDecider.Decide(Ticket("ContosoLaw", priority: 1), Policy(), At(ThanksgivingNight));

        Assert.Equal(Disposition.PageNow, decision.Disposition);
        Assert.Equal("after-hours ×1.5", decision.Billing.ToString());
        Assert.Equal("p1-unassigned", decision.EscalationPolicy);
        var rules = decision.Reasons.Select(r => r.Rule).ToList();
        Assert.Equal(["client", "contract", "holiday", "priority", "emergency-rule", "contract", "policy", "sla"], rules);
        Assert.Contains(decision.Reasons, r => r.Rule == "holiday" && r.ConfigKey == "Routing:Holidays:2" && r.Text.Contains("Thanksgiving", StringComparison.Ordinal));
        Assert.Contains(decision.Reasons, r => r.Rule == "emergency-rule" && r.ConfigKey == "Routing:Default:Emergency:Rules:0" && r.Text.Contains("priority P1", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_P1OnThanksgiving_SlaWallClockForInternalClientResponseInBusinessTime()
    {
        var decision = RoutingDecider.Decide(Ticket("ContosoLaw", priority: 1), Policy(), At(ThanksgivingNight));

        Assert.Equal(At("2026-11-26T02:30:00-05:00"), decision.Sla.InternalResponse);
        Assert.Equal(At("2026-11-26T04:00:00-05:00"), decision.Sla.Escalation);
        // Thursday is Thanksgiving; Friday 08:00 + 1 business hour.
        Assert.Equal(At("2026-11-27T09:00:00-05:00"), decision.Sla.ClientResponse);
    }

    [Fact]
    public void Decide_P2EnteredFriday1600_ClientResponseMondayAt1100()
    {
        var ticket = Ticket("ContosoLaw", priority: 2) with { DateEntered = At("2026-11-20T16:00:00-05:00") };

        var decision = RoutingDecider.Decide(ticket, Policy(), At("2026-11-20T16:05:00-05:00"));

        Assert.Equal(At("2026-11-23T11:00:00-05:00"), decision.Sla.ClientResponse);
        Assert.Equal(At("2026-11-20T18:00:00-05:00"), decision.Sla.InternalResponse);
    }

    [Theory]
    [InlineData("Printer in the downtown office jams", false)]
    [InlineData("Whole office is down", true)]
    public void Decide_KeywordRule_FiresOnWholeWordsOnly(string summary, bool emergency)
    {
        var policy = Policy(o => o.Default.Emergency = new EmergencyOptions
        {
            Rules = [new EmergencyRuleOptions { Name = "outage-words", Keywords = ["down", "outage"] }],
        });

        var decision = RoutingDecider.Decide(Ticket("ContosoLaw", priority: 3, summary: summary), policy, At(WednesdayNight));

        Assert.Equal(emergency, decision.Emergency);
        Assert.Equal(emergency ? Disposition.PageNow : Disposition.NextBusinessDay, decision.Disposition);
    }

    [Fact]
    public void Decide_ExclusionMatchesP1_ExclusionWinsAndNamesTheOverriddenRule()
    {
        var policy = Policy(o => o.Clients![0].Emergency = new EmergencyOptions
        {
            Exclusions = [new EmergencyRuleOptions { Name = "printers", Keywords = ["printer"] }],
        });

        var decision = RoutingDecider.Decide(Ticket("NorthwindDental", priority: 1, summary: "Printer offline in exam room 2"), policy, At(WednesdayNight));

        Assert.False(decision.Emergency);
        Assert.Equal(Disposition.NextBusinessDay, decision.Disposition);
        var exclusion = Assert.Single(decision.Reasons, r => r.Rule == "emergency-exclusion");
        Assert.Equal("Routing:Clients:0:Emergency:Exclusions:0", exclusion.ConfigKey);
        Assert.Contains("overrides emergency rule 'priority-1'", exclusion.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Types", "Server", true)]
    [InlineData("Types", "Email", false)]
    [InlineData("Boards", "Alerts", true)]
    [InlineData("ConfigurationItems", "NWD-DC01", true)]
    [InlineData("ConfigurationItems", "NWD-FS01", false)]
    public void Decide_RuleOnTicketField_MatchesOnlyThatValue(string field, string value, bool emergency)
    {
        var rule = new EmergencyRuleOptions { Name = "r" };
        _ = field switch
        {
            "Types" => rule.Types = [value],
            "Boards" => rule.Boards = [value],
            _ => rule.ConfigurationItems = [value],
        };
        var policy = Policy(o => o.Default.Emergency = new EmergencyOptions { Rules = [rule] });
        var ticket = Ticket("ContosoLaw", priority: 3) with { TypeName = "server", BoardName = "Alerts", ConfigurationItems = ["NWD-DC01"] };

        var decision = RoutingDecider.Decide(ticket, policy, At(WednesdayNight));

        Assert.Equal(emergency, decision.Emergency);
    }

    [Theory]
    [InlineData("2026-11-18T10:00:00-05:00", Disposition.BusinessHours)] // 16:00 in Berlin
    [InlineData("2026-11-18T12:00:00-05:00", Disposition.PageNow)] // 18:00 in Berlin, noon in New York
    [InlineData("2026-11-18T02:30:00-05:00", Disposition.BusinessHours)] // 08:30 in Berlin, night in New York
    public void Decide_ClientInOwnTimeZone_UsesClientsHours(string at, Disposition disposition)
    {
        var policy = Policy(o => o.Clients![1].TimeZone = "W. Europe Standard Time");

        var decision = RoutingDecider.Decide(Ticket("ContosoLaw", priority: 1), policy, At(at));

        Assert.Equal(disposition, decision.Disposition);
        Assert.Equal(TimeSpan.FromHours(1), decision.At.Offset);
        Assert.Contains(decision.Reasons, r => r.Rule == "business-hours" && r.Text.Contains("Europe/Berlin", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_ClientScheduledWorkAfterHours_BillsNormal()
    {
        var ticket = Ticket("ContosoLaw", priority: 1) with { StatusName = "Scheduled", RequiredDate = At("2026-11-18T21:00:00-05:00") };

        var decision = RoutingDecider.Decide(ticket, Policy(), At("2026-11-18T21:00:00-05:00"));

        Assert.Equal(Disposition.PageNow, decision.Disposition);
        Assert.Equal(BillingKind.Normal, decision.Billing.Kind);
        Assert.Contains(decision.Reasons, r => r.Rule == "scheduled" && r.ConfigKey == "Routing:ScheduledStatuses");
    }

    [Fact]
    public void Decide_P1Assigned_AssignedPolicy()
    {
        var ticket = Ticket("ContosoLaw", priority: 1) with { OwnerIdentifier = "bruiz" };

        var decision = RoutingDecider.Decide(ticket, Policy(), At(WednesdayNight));

        Assert.Equal("p1-assigned", decision.EscalationPolicy);
    }

    [Fact]
    public void Decide_PriorityMatchedById_UsesIdMapping()
    {
        var policy = Policy(o => o.Priorities = new() { ["P1"] = new PriorityLevelOptions { Ids = [42] } });
        var ticket = Ticket("ContosoLaw") with { PriorityId = 42, PriorityName = "Sev A" };

        var decision = RoutingDecider.Decide(ticket, policy, At(WednesdayNight));

        Assert.Equal("P1", decision.PriorityLevel);
        Assert.Equal(Disposition.PageNow, decision.Disposition);
        Assert.Equal(At("2026-11-18T02:30:00-05:00"), decision.Sla.InternalResponse); // seed SLA kept for P1
    }

    [Fact]
    public void Decide_UnmappedPriority_DefaultPolicyNoSla()
    {
        var ticket = Ticket("ContosoLaw") with { PriorityName = "Do Not Respond" };

        var decision = RoutingDecider.Decide(ticket, Policy(), At(WednesdayNoon));

        Assert.Null(decision.PriorityLevel);
        Assert.Equal("default", decision.EscalationPolicy);
        Assert.Null(decision.Sla.InternalResponse);
        Assert.Contains(decision.Reasons, r => r.Rule == "priority" && r.Text.Contains("not mapped", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_SameInputs_SameDecision()
    {
        var policy = Policy();
        var ticket = Ticket("ContosoLaw", priority: 1);

        var first = RoutingDecider.Decide(ticket, policy, At(ThanksgivingNight));
        var second = RoutingDecider.Decide(ticket, policy, At(ThanksgivingNight));

        Assert.Equal(first with { Reasons = [] }, second with { Reasons = [] });
        Assert.Equal(first.Reasons, second.Reasons);
    }
}
