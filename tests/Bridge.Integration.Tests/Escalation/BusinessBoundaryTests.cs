using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Escalation.Incidents;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.Escalation;

/// <summary>
/// The business-hours boundaries through the running bridge against the sandbox, on the shipped configuration (the
/// desk open 08:00–17:00 in New York): Tuesday 24 November 2026, when Dana Schmidt (+15550204) is on call at night.
/// </summary>
public sealed class BusinessBoundaryTests : IAsyncLifetime
{
    private const string Dana = "+15550204";
    private readonly TempDirectory _dir = new();
    private FakeTimeProvider _clock = null!;
    private SandboxServer _sandbox = null!;
    private SmsGateway _sms = null!;
    private EscalationBridge _bridge = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task P1StillUnassignedAt1650_TheDeskLadderMovesToTheOnCallAt17()
    {
        await StartAsync(new DateTimeOffset(2026, 11, 24, 21, 50, 0, TimeSpan.Zero));
        var desk = Assert.Single(_bridge.Incidents.OpenForTicket(EscalationBridge.DcDownTicket));
        Assert.Equal((IncidentCause.BusinessHours, "p1-desk-unassigned"), (desk.Cause, desk.Policy));
        var closing = new DateTimeOffset(2026, 11, 24, 22, 0, 0, TimeSpan.Zero);

        await EscalationBridge.DriveToAsync(_clock, closing, TimeSpan.FromSeconds(30));
        // The clock stands at 17:00 while the boundary goes through the stages.
        await EscalationBridge.DriveUntilAsync(_clock, () => PagesTo(Dana) == 1, "the on-call's page at closing", TimeSpan.Zero);

        var moved = _bridge.Incidents.Get(desk.Id)!;
        Assert.Equal((IncidentCause.AfterHours, "p1-unassigned", IncidentState.Triggered), (moved.Cause, moved.Policy, moved.State));
    }

    [Fact]
    public async Task NonEmergencyAt2_ReachesTheDeskAtTheOpening()
    {
        var night = new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);
        await StartAsync(night);
        var ticket = _sandbox.State.CreateTicket("ContosoLaw", "Outlook slow for one user", c => c.Priority(2));
        var id = (int)ticket["id"]!;
        await EscalationBridge.DriveToAsync(_clock, night.AddMinutes(10), TimeSpan.FromMinutes(1));
        Assert.Empty(_bridge.Incidents.ForTicket(id));

        var opening = new DateTimeOffset(2026, 11, 24, 13, 0, 0, TimeSpan.Zero);
        await EscalationBridge.DriveToAsync(_clock, opening.AddMinutes(-1), TimeSpan.FromMinutes(5));
        Assert.Empty(_bridge.Incidents.ForTicket(id));
        await EscalationBridge.DriveToAsync(_clock, opening, TimeSpan.FromSeconds(30));
        await EscalationBridge.DriveUntilAsync(_clock, () => _bridge.Incidents.ForTicket(id).Count == 1, "the ticket handed to the desk", TimeSpan.Zero);

        var incident = Assert.Single(_bridge.Incidents.ForTicket(id));
        Assert.Equal((IncidentCause.Sla, IncidentState.Triggered, opening), (incident.Cause, incident.State, incident.OpenedAt));
        // Its clocks start at the opening: the two-hour internal response is due at 10:00, not 04:00.
        Assert.Equal(opening.AddHours(2), incident.ResponseDueAt);
    }

    private async Task StartAsync(DateTimeOffset at)
    {
        _clock = new FakeTimeProvider(at);
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = _clock });
        _sms = await SmsGateway.StartAsync();
        _bridge = await EscalationBridge.StartAsync(_sandbox, _dir, _clock, _sms);
    }

    /// <summary>Pages about the sandbox's P1 (ticket #1); not the handoff notices the on-call also gets before 17:00.</summary>
    private int PagesTo(string phone) => EscalationBridge.Texts(_sms).Count(t => t.To == phone && t.Body.Contains("#1 ", StringComparison.Ordinal));

    public async Task DisposeAsync()
    {
        await _bridge.DisposeAsync();
        await _sms.DisposeAsync();
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
