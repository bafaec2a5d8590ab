using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Routing;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Escalation;

/// <summary>
/// Business hours on the shipped config: a new ticket's internal-response SLA opens an incident on the
/// <c>sla-breach</c> ladder; an old ticket the bridge sees for the first time (its first start) opens none.
/// </summary>
public sealed class SlaIncidentTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = OnCallFixtures.Ny(2026, 11, 24, 10);
    private readonly EscalationFixture _bridge = new(Start);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _bridge.DisposeAsync();

    [Fact]
    public async Task NewTicketInBusinessHours_IncidentOnTheSlaLadder()
    {
        var decision = await _bridge.ChangeAsync(EscalationFixture.Ticket(601, company: "ContosoLaw", priority: "Priority 2 - Quick Response", entered: Start));

        var incident = Assert.Single(_bridge.Incidents.OpenForTicket(601));
        Assert.Equal(Disposition.BusinessHours, decision.Disposition);
        Assert.Equal((IncidentCause.Sla, "sla-breach"), (incident.Cause, incident.Policy));
        Assert.Equal(decision.Sla.InternalResponse, incident.LadderStart);
    }

    [Fact]
    public async Task TicketEnteredDaysAgoSeenAtFirstStart_NoIncidentAndNobodyPaged()
    {
        var decision = await _bridge.ChangeAsync(EscalationFixture.Ticket(602, company: "ContosoLaw", priority: "Priority 2 - Quick Response", entered: Start.AddDays(-3)));
        await _bridge.AdvanceAsync(TimeSpan.FromHours(2));

        Assert.Equal(Disposition.BusinessHours, decision.Disposition);
        Assert.Empty(_bridge.Incidents.OpenForTicket(602));
        Assert.Empty(_bridge.Pages(Start));
    }

    [Fact]
    public async Task TicketEnteredWithinTheColdStartWindow_StillGetsItsIncident()
    {
        await _bridge.ChangeAsync(EscalationFixture.Ticket(603, company: "ContosoLaw", priority: "Priority 2 - Quick Response", entered: Start.AddMinutes(-90)));

        Assert.Single(_bridge.Incidents.OpenForTicket(603));
    }
}
