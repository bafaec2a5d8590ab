using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.Ingest;
using Bridge.Worker.OnCall;
using Bridge.Worker.Routing;
using Bridge.Worker.Tests.Support;
using NodaTime;

namespace Bridge.Worker.Tests.Escalation;

/// <summary>
/// What <c>bridge explain</c> says escalation would do, from data alone: the seed rotation (Dana Schmidt holds the
/// after-hours week of Tuesday 24 November 2026), a dispatcher, a manager, and ladders written here.
/// </summary>
public sealed class LadderPreviewTests
{
    private static readonly DateTimeOffset Night = OnCallFixtures.Ny(2026, 11, 24, 2);
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb[OnCallFixtures.NewYork];

    private static IOnCallResolver OnCall(bool nightsOnly = true, Action<OnCallOptions>? configure = null)
    {
        var layer = OnCallFixtures.Weekly("rotation", "anguyen", "bruiz", "cokafor", "dschmidt", "ejohansson");
        if (nightsOnly)
        {
            layer.Restrictions = OnCallFixtures.AfterHours();
        }

        var options = new OnCallOptions
        {
            People =
            [
                .. new[] { "anguyen", "bruiz", "cokafor", "dschmidt", "ejohansson", "fpatel", "gmoreau" }.Select(m => OnCallFixtures.Person(m)),
            ],
            Roles = new(StringComparer.OrdinalIgnoreCase) { ["Dispatcher"] = ["fpatel"], ["ServiceManager"] = ["gmoreau"] },
            Schedules = [new ScheduleOptions { Name = "after-hours", TimeZone = OnCallFixtures.NewYork, Layers = [layer] }],
        };
        configure?.Invoke(options);
        return new OnCallResolver(OnCallFixtures.Compile(options), store: null);
    }

    private static EscalationOptions Ladder(string? thresholdPolicy = null, params EscalationStepOptions[] steps)
    {
        var options = new EscalationOptions();
        options.Policies["p1-unassigned"] = new EscalationPolicyOptions { Steps = [.. steps], ThresholdPolicy = thresholdPolicy };
        options.Policies["p1-tier3"] = new EscalationPolicyOptions { Steps = [Step(0, "role:ServiceManager")] };
        return options;
    }

    private static EscalationOptions Seedlike() => Ladder(null, Step(0, "schedule:after-hours", every: 5, count: 2), Step(15, "role:Dispatcher"), Step(20, "role:ServiceManager"));

    private static EscalationStepOptions Step(int minutes, string target, int? every = null, int count = 0, params string[] channels) => new()
    {
        After = TimeSpan.FromMinutes(minutes),
        Targets = [target],
        RepeatEvery = every is { } e ? TimeSpan.FromMinutes(e) : null,
        RepeatCount = count,
        Channels = [.. channels],
    };

    private static TicketSnapshot Ticket() => EscalationFixture.Ticket(501, company: "NorthwindDental", entered: Night);

    private static LadderPreview Preview(EscalationOptions options, IOnCallResolver? onCall = null, DateTimeOffset? at = null, RoutingDecision? decision = null, IReadOnlyList<Incident>? acknowledged = null)
    {
        var when = at ?? Night;
        return LadderPreview.Build(decision ?? RoutingFixtures.Decision(when, Disposition.PageNow) with { TicketId = 501 }, Ticket() with { DateEntered = when },
            options, onCall ?? OnCall(), acknowledged ?? [], when, Zone);
    }

    private static List<string> Sends(LadderPreview preview) =>
        preview.Ladders.SelectMany(l => l.Sends)
            .Select(s => $"{(s.At - Night).TotalMinutes} step {s.Step}: {string.Join(", ", s.Paged.Select(p => p.Person.Member))}")
            .ToList();

    [Fact]
    public void Build_P1AtNight_EachSendNamesWhoItPagesAtItsInstantInTheEnginesOrder()
    {
        var preview = Preview(Seedlike());

        Assert.Equal("p1-unassigned", preview.Plan!.Policy);
        Assert.Equal(Night, preview.Plan.LadderStart);
        Assert.StartsWith("an incident would open (after-hours)", preview.Outcome, StringComparison.Ordinal);
        // Then the last step pages every 15 minutes until someone acknowledges (shown twice).
        Assert.Equal(["0 step 1: dschmidt", "5 step 1: dschmidt", "10 step 1: dschmidt", "15 step 2: fpatel", "20 step 3: gmoreau", "35 step 3: gmoreau", "50 step 3: gmoreau"], Sends(preview));
        var first = preview.Ladders[0].Sends[0].Paged.Single();
        Assert.Equal("on call for after-hours until 2026-11-24 08:00 EST", first.How);
        Assert.Equal("holds the role Dispatcher", preview.Ladders[0].Sends[3].Paged.Single().How);
    }

    [Fact]
    public void Build_OnCallBusyWithAnotherClientsIncident_PassedOverWithTheReasonAndTheNextInTheRotationPaged()
    {
        var busy = new Incident
        {
            Id = 7, TicketId = 900, State = IncidentState.Acknowledged, AcknowledgedBy = "dschmidt", AcknowledgedAt = Night.AddMinutes(-20),
            Ticket = new IncidentTicket { CompanyIdentifier = "ContosoLaw", CompanyName = "Contoso Law" },
        };

        var send = Preview(Seedlike(), acknowledged: [busy]).Ladders[0].Sends[0];

        Assert.Equal("ejohansson", send.Paged.Single().Person.Member);
        Assert.Equal("next free in the after-hours rotation", send.Paged.Single().How);
        Assert.Equal("busy with incident 7 (ticket #900, Contoso Law), acknowledged 01:40", send.Skipped.Single(s => s.Member == "dschmidt").Reason);
    }

    [Fact]
    public void Build_NobodyOnCallAtThatInstant_GapNamedAndTheNextStepBroughtForwardAsTheEngineDoes()
    {
        // Tuesday 10:00: the rotation covers nights only.
        var morning = OnCallFixtures.Ny(2026, 11, 24, 10);

        var sends = Preview(Seedlike(), at: morning).Ladders[0].Sends;

        Assert.Empty(sends[0].Paged);
        Assert.Equal("nobody is on call for after-hours (a gap until 2026-11-24 17:00 EST)", sends[0].Skipped.Single().Reason);
        var dispatcher = sends.Single(s => s.Step == 2);
        Assert.Equal(morning, dispatcher.At);
        Assert.Equal(morning.AddMinutes(15), dispatcher.BroughtForwardFrom);
    }

    [Fact]
    public void Build_HandoffDuringTheRepeats_TheRepeatAfterTheHandoffPagesTheNextPerson()
    {
        // Monday 30 November 07:50: Dana's week ends at 08:00, Erik's begins.
        var beforeHandoff = OnCallFixtures.Ny(2026, 11, 30, 7, 50);

        var sends = Preview(Ladder(null, Step(0, "schedule:after-hours", every: 5, count: 3)), OnCall(nightsOnly: false), beforeHandoff).Ladders[0].Sends;

        // The ladder's own four sends, then its (only, so last) step every 15 minutes until someone acknowledges.
        Assert.Equal(["dschmidt", "dschmidt", "ejohansson", "ejohansson", "ejohansson", "ejohansson"], sends.Select(s => s.Paged.Single().Person.Member));
    }

    [Fact]
    public void Build_PersonWithoutAContactMethodOnTheStepsChannels_PassedOverAsTheSenderWould()
    {
        var send = Preview(Ladder(null, Step(0, "role:Dispatcher", channels: "email"))).Ladders[0].Sends[0];

        Assert.Empty(send.Paged);
        var skipped = Assert.Single(send.Skipped);
        Assert.Equal(("fpatel", "no email contact method configured"), (skipped.Member, skipped.Reason));
    }

    [Fact]
    public void Build_EscalationThresholdBeforeTheLadderEnds_FirstLadderStopsThereAndTheThresholdPolicyRunsFromIt()
    {
        var decision = RoutingFixtures.Decision(Night, Disposition.PageNow) with { TicketId = 501, Sla = new SlaDueTimes(Night, null, null, Night.AddMinutes(12)) };

        var preview = Preview(Ladder("p1-tier3", Step(0, "schedule:after-hours", every: 5, count: 5), Step(15, "role:Dispatcher")), decision: decision);

        Assert.Equal(["p1-unassigned", "p1-tier3"], preview.Ladders.Select(l => l.Policy));
        Assert.Equal(Night.AddMinutes(12), preview.Ladders[0].Until);
        Assert.Equal(["0 step 1: dschmidt", "5 step 1: dschmidt", "10 step 1: dschmidt", "12 step 1: gmoreau", "27 step 1: gmoreau", "42 step 1: gmoreau"], Sends(preview));
    }

    [Theory]
    [InlineData(Disposition.NextBusinessDay, true, "no incident: NextBusinessDay pages nobody now")]
    [InlineData(Disposition.PageNow, false, "no incident: Escalation:Enabled is false")]
    public void Build_NothingToOpen_SaysWhyAndPreviewsNoLadder(Disposition disposition, bool enabled, string outcome)
    {
        var options = Seedlike();
        options.Enabled = enabled;

        var preview = Preview(options, decision: RoutingFixtures.Decision(Night, disposition) with { TicketId = 501 });

        Assert.Null(preview.Plan);
        Assert.Empty(preview.Ladders);
        Assert.StartsWith(outcome, preview.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_NightPreview_StepsWithTimesRepeatsPeopleAndGapsForAnAdmin()
    {
        var night = LadderPreviewFormatter.Format(Preview(Seedlike()), Zone);
        var morning = LadderPreviewFormatter.Format(Preview(Seedlike(), at: OnCallFixtures.Ny(2026, 11, 24, 10)), Zone);

        Assert.Contains("Ladder:     p1-unassigned from Tue 2026-11-24 02:00 -05:00", night);
        Assert.Contains("  Step 1 at 02:00 (schedule:after-hours), repeats at 02:05, 02:10:", night);
        Assert.Contains("    pages DSCHMIDT (dschmidt): on call for after-hours until 2026-11-24 08:00 EST", night);
        Assert.Contains("  Step 2 at 02:15 (role:Dispatcher):\n    pages FPATEL (fpatel): holds the role Dispatcher", night.ReplaceLineEndings("\n"));
        Assert.Contains("Nothing is recorded and nobody is paged", night);
        Assert.Contains("    gap: nobody is on call for after-hours (a gap until 2026-11-24 17:00 EST)", morning);
        Assert.Contains("  Step 2 at 10:00 (brought forward from 10:15: the step before paged nobody) (role:Dispatcher):", morning);
    }
}
