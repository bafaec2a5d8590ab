using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.OnCall;
using NodaTime;

namespace Bridge.Worker.Tests.Escalation;

/// <summary>
/// Choosing a step's people from data alone: the schedules' on-call person and next shifts, the roles, the people and
/// the busy set, as <see cref="StepSituation"/> carries them. 02:00 in New York.
/// </summary>
public sealed class StepTargetsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly Person Dana = new("dschmidt", "Dana Schmidt", "America/New_York", []);
    private static readonly Person Emil = new("ejohansson", "Emil Johansson", "America/New_York", []);
    private static readonly Person Farah = new("fpatel", "Farah Patel", "America/New_York", []);
    private static readonly Person Ana = new("anguyen", "Ana Nguyen", "America/New_York", []);

    [Fact]
    public void Resolve_OnCallFree_PagesThem()
    {
        var chosen = Resolve(Situation(), ["schedule:after-hours"]);

        Assert.Equal(["dschmidt"], chosen.People.Select(p => p.Member));
        Assert.Empty(chosen.Skipped);
    }

    [Fact]
    public void Resolve_OnCallBusyWithAnotherClient_NextInTheRotationPagedAndTheReasonGiven()
    {
        var chosen = Resolve(Situation(Busy("dschmidt", incident: 5, ticket: 9, client: "ContosoLaw")), ["schedule:after-hours"]);

        Assert.Equal(["ejohansson"], chosen.People.Select(p => p.Member));
        var skipped = Assert.Single(chosen.Skipped);
        Assert.Equal("busy with incident 5 (ticket #9, Contoso Law), acknowledged 01:40", skipped.Reason);
    }

    [Fact]
    public void Resolve_OnCallBusyWithTheSameClientsOtherTicket_StillPaged()
    {
        var chosen = Resolve(Situation(Busy("dschmidt", incident: 5, ticket: 9, client: "NorthwindDental")), ["schedule:after-hours"]);

        Assert.Equal(["dschmidt"], chosen.People.Select(p => p.Member));
    }

    [Fact]
    public void Resolve_NextPersonBusyToo_TheOneAfterPaged()
    {
        var chosen = Resolve(Situation(Busy("dschmidt", 5, 9, "ContosoLaw"), Busy("ejohansson", 6, 10, "FabrikamRetail")), ["schedule:after-hours"]);

        Assert.Equal(["fpatel"], chosen.People.Select(p => p.Member));
        Assert.Equal("next in the after-hours rotation, but busy with incident 6 (ticket #10)", chosen.Skipped[1].Reason);
    }

    [Fact]
    public void Resolve_EveryoneLookedAtBusy_OnCallPagedAllTheSame()
    {
        var chosen = Resolve(Situation(Busy("dschmidt", 5, 9, "ContosoLaw"), Busy("ejohansson", 6, 10, "ContosoLaw"), Busy("fpatel", 7, 11, "ContosoLaw"), Busy("anguyen", 8, 12, "ContosoLaw")), ["schedule:after-hours"], lookahead: 3);

        Assert.Equal(["dschmidt"], chosen.People.Select(p => p.Member));
        Assert.StartsWith("nobody free among the next 3 people of the after-hours rotation, so Dana Schmidt, on call, is paged although busy with incident 5", chosen.Skipped[^1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_SkipBusyOff_OnCallPagedThoughBusy()
    {
        var chosen = Resolve(Situation(Busy("dschmidt", 5, 9, "ContosoLaw")), ["schedule:after-hours"], skipBusy: false);

        Assert.Equal(["dschmidt"], chosen.People.Select(p => p.Member));
        Assert.Empty(chosen.Skipped);
    }

    [Theory]
    [InlineData("schedule:weekends", "there is no on-call schedule named weekends")]
    [InlineData("schedule:gap", "nobody is on call for gap (a gap until 2026-11-24 08:00 EST)")]
    [InlineData("role:Tier3", "nobody holds the role Tier3")]
    [InlineData("member:zz", "zz is not among OnCall:People, so the bridge has no way to reach them")]
    [InlineData("assigned", "nobody is assigned to the ticket")]
    [InlineData("pager:duty", "'pager:duty' is not a target this bridge understands")]
    public void Resolve_TargetWithNobody_PassedOverWithTheReason(string target, string reason)
    {
        var chosen = Resolve(Situation(), [target]);

        Assert.Empty(chosen.People);
        Assert.Equal(reason, Assert.Single(chosen.Skipped).Reason);
    }

    [Fact]
    public void Resolve_SeveralTargets_EachPersonOnce()
    {
        var chosen = Resolve(Situation(), ["schedule:after-hours", "role:Dispatcher", "member:dschmidt"]);

        Assert.Equal(["dschmidt", "anguyen"], chosen.People.Select(p => p.Member));
    }

    private static StepPeople Resolve(StepSituation situation, IReadOnlyList<string> targets, bool skipBusy = true, int lookahead = 3) =>
        new StepTargets(situation, skipBusy, lookahead, Zone).Resolve(new Incident { Id = 1, TicketId = 42, Ticket = new IncidentTicket { CompanyIdentifier = "NorthwindDental" } }, targets);

    private static StepSituation Situation(params StepSituation.BusyIncident[] busy) => new(
        new Dictionary<string, StepSituation.ScheduleNow>(StringComparer.OrdinalIgnoreCase)
        {
            ["after-hours"] = new(Dana, Now.AddHours(6), ["dschmidt", "ejohansson", "fpatel", "anguyen"]),
            ["gap"] = new(null, Now.AddHours(6), []),
        },
        new Dictionary<string, IReadOnlyList<Person>>(StringComparer.OrdinalIgnoreCase) { ["Dispatcher"] = [Ana], ["Tier3"] = [] },
        new[] { Dana, Emil, Farah, Ana }.ToDictionary(p => p.Member, StringComparer.OrdinalIgnoreCase),
        busy);

    private static StepSituation.BusyIncident Busy(string member, int incident, int ticket, string client) =>
        new(member, incident, ticket, client, client == "ContosoLaw" ? "Contoso Law" : client, Now.AddMinutes(-20));
}
