using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Ingest;
using Bridge.Worker.Routing;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Escalation;

/// <summary>
/// Every hour of the week on the shipped configuration, Tuesday 24 November 2026 in New York (desk 08:00–17:00; Dana
/// Schmidt on call at night): the seeds' P1 ladders apply to the desk by day, and at the business-hours boundaries open
/// tickets are decided again (the boundary itself is handed over as a <see cref="TicketChangeKind.Redecided"/> change).
/// </summary>
public sealed class BusinessHoursLadderTests : IAsyncDisposable
{
    private EscalationFixture _bridge = null!;

    [Fact]
    public async Task P1UnassignedAt10_DispatcherAt1015ThenManagerAndDirector()
    {
        var start = Start(10);

        await _bridge.ChangeAsync(EscalationFixture.Ticket(1001, entered: start));
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(31));

        Assert.Equal(["15 fpatel", "20 gmoreau", "30 fpatel", "30 hwalker"], Sent(start));
        var incident = Assert.Single(_bridge.Incidents.OpenForTicket(1001));
        Assert.Equal((IncidentCause.BusinessHours, "p1-desk-unassigned"), (incident.Cause, incident.Policy));
    }

    [Fact]
    public async Task P1AssignedAt10_EngineerAt15DispatcherAt30()
    {
        var start = Start(10);

        await _bridge.ChangeAsync(EscalationFixture.Ticket(1002, owner: "bruiz", entered: start));
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(31));

        Assert.Equal(["15 bruiz", "30 bruiz", "30 fpatel"], Sent(start));
    }

    [Fact]
    public async Task P1StillUnassignedAtClosing_MovesToTheOnCallAt17()
    {
        var start = Start(16, 50);
        var ticket = EscalationFixture.Ticket(1003, entered: start);
        await _bridge.ChangeAsync(ticket);
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(10));

        await _bridge.ChangeAsync(ticket, TicketChangeKind.Redecided, "business-hours", null, "closed");
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(6));

        // The desk's dispatcher would have been paged at 17:05; the after-hours ladder pages the on-call at 17:00 and 17:05.
        Assert.Equal(["10 dschmidt", "15 dschmidt"], Sent(start));
        var incident = Assert.Single(_bridge.Incidents.OpenForTicket(1003));
        Assert.Equal((IncidentCause.AfterHours, "p1-unassigned"), (incident.Cause, incident.Policy));
        Assert.Contains(_bridge.Timeline.ForIncident(incident.Key), e => e.Kind == TimelineKind.Replanned
            && e.Text == "business hours ended (business-hours → after-hours): moved to p1-unassigned");
    }

    [Fact]
    public async Task NonEmergencyAt2_WaitsThenReachesTheDeskAt8WithItsClocksStartedThere()
    {
        var start = Start(2);
        var ticket = EscalationFixture.Ticket(1004, company: "ContosoLaw", priority: "Priority 2 - Quick Response", summary: "Outlook slow for one user", entered: start);
        var night = await _bridge.ChangeAsync(ticket);
        Assert.Equal(Disposition.NextBusinessDay, night.Disposition);
        Assert.Empty(_bridge.Incidents.OpenForTicket(1004));

        await _bridge.AdvanceAsync(TimeSpan.FromHours(6), TimeSpan.FromMinutes(10));
        var morning = await _bridge.ChangeAsync(ticket, TicketChangeKind.Redecided, "business-hours", null, "open");

        var incident = Assert.Single(_bridge.Incidents.OpenForTicket(1004));
        Assert.Equal((IncidentCause.Sla, Start(8)), (incident.Cause, morning.Sla.ClockStart));
        Assert.Equal(Start(10), incident.ResponseDueAt);
        Assert.Contains(_bridge.Timeline.ForIncident(incident.Key), e => e.Kind == TimelineKind.Opened && e.At == Start(8));
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(121));
        // Nobody responded by 10:00 (02:00 + 480 min): the SLA ladder pages the dispatcher.
        Assert.Equal(["480 fpatel"], Sent(start));
    }

    [Fact]
    public async Task TicketTheDeskSawYesterday_NotHandedOverAgainAtTheOpening()
    {
        var start = Start(15);
        var ticket = EscalationFixture.Ticket(1005, company: "ContosoLaw", priority: "Priority 3 - Normal Response", summary: "New starter needs a laptop", status: "In Progress", entered: start);
        await _bridge.ChangeAsync(ticket);

        _bridge.Time.Advance(TimeSpan.FromHours(17));
        await _bridge.ChangeAsync(ticket, TicketChangeKind.Redecided, "business-hours", null, "open");

        Assert.Empty(_bridge.Incidents.ForTicket(1005));
    }

    private DateTimeOffset Start(int hour, int minute = 0)
    {
        var at = OnCallFixtures.Ny(2026, 11, 24, hour, minute);
        _bridge ??= new EscalationFixture(at);
        return at;
    }

    private List<string> Sent(DateTimeOffset start) => _bridge.Pages(start).Select(p => $"{p.Minute:0} {p.Member}").ToList();

    public ValueTask DisposeAsync() => _bridge?.DisposeAsync() ?? ValueTask.CompletedTask;
}
