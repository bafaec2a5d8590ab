using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Ingest;
using Bridge.Worker.Routing;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Escalation.Timeline;

/// <summary>Every line escalation writes carries what write-back needs of the ticket, as escalation knew it then.</summary>
public sealed class TicketFactsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = OnCallFixtures.Ny(2026, 11, 24, 2);
    private readonly EscalationFixture _bridge = new(Start);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _bridge.DisposeAsync();

    private static TicketSnapshot Ticket(int id, string company) =>
        EscalationFixture.Ticket(id, company: company, entered: Start) with { ContactId = 3, StatusId = 1, RecordType = TicketRecordTypes.ServiceTicket };

    [Fact]
    public async Task Lines_OfAnAfterHoursBillableClientsIncident_CarryTheTicketAndTheAfterHoursClassTyped()
    {
        await _bridge.ChangeAsync(Ticket(701, "ContosoLaw"));
        var incident = Assert.Single(_bridge.Incidents.OpenForTicket(701));
        await _bridge.Actions.ResolveAsync(incident.Key, "dschmidt", 35, "Rebooted", TimelineChannels.Link, CancellationToken.None);

        var lines = _bridge.Timeline.ForIncident(incident.Key);
        var resolved = Assert.Single(lines, e => e.Kind == TimelineKind.Resolved).Ticket!;

        Assert.All(lines, l => Assert.NotNull(l.Ticket));
        Assert.Equal((BillingKind.AfterHours, 1.5m, "after-hours ×1.5"), (resolved.Billing, resolved.BillingMultiplier, resolved.BillingClass.ToString()));
        Assert.Equal((3, "Dana Wright", "ContosoLaw", Start), (resolved.ContactId, resolved.ContactName, resolved.CompanyIdentifier, resolved.EnteredAt));
        Assert.Equal((1, "New", TicketRecordTypes.ServiceTicket), (resolved.StatusId, resolved.StatusName, resolved.RecordType));
    }

    [Fact]
    public async Task Lines_OfAnIncludedClientsIncident_CarryTheIncludedClass()
    {
        await _bridge.ChangeAsync(Ticket(702, "NorthwindDental"));
        var incident = Assert.Single(_bridge.Incidents.OpenForTicket(702));

        var opened = Assert.Single(_bridge.Timeline.ForIncident(incident.Key), e => e.Kind == TimelineKind.Opened).Ticket!;

        Assert.Equal(BillingKind.Included, opened.Billing);
    }

    [Fact]
    public async Task LineAfterTheTicketChanged_CarriesItsLatestVersion()
    {
        var ticket = Ticket(703, "ContosoLaw");
        await _bridge.ChangeAsync(ticket);
        var incident = Assert.Single(_bridge.Incidents.OpenForTicket(703));
        var opened = Assert.Single(_bridge.Timeline.ForIncident(incident.Key), e => e.Kind == TimelineKind.Opened).Ticket!;

        await _bridge.ChangeAsync(ticket with { ContactId = 4, ContactName = "Priya Shah", RecordType = TicketRecordTypes.ProjectTicket }, TicketChangeKind.Updated);
        await _bridge.Actions.AcknowledgeAsync(incident.Key, "dschmidt", TimelineChannels.Link, CancellationToken.None);

        var acknowledged = Assert.Single(_bridge.Timeline.ForIncident(incident.Key), e => e.Kind == TimelineKind.Acknowledged).Ticket!;
        Assert.Equal((4, "Priya Shah", TicketRecordTypes.ProjectTicket), (acknowledged.ContactId, acknowledged.ContactName, acknowledged.RecordType));
        Assert.True(acknowledged.LastUpdated > opened.LastUpdated);
        Assert.Equal((3, TicketRecordTypes.ServiceTicket), (opened.ContactId, opened.RecordType));
    }
}
