using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.Tenant;

/// <summary>
/// Owner-level ticket callbacks carry project tickets too (<c>recordType</c> ProjectTicket / ProjectIssue). By default
/// the bridge routes service tickets only; an admin may opt project boards in, and then time goes where ConnectWise
/// expects it for a project ticket. 02:00 on Tuesday 24 November 2026 (Dana Schmidt on call).
/// </summary>
public sealed class ProjectTicketTests : IAsyncLifetime
{
    private const string Dana = "+15550204";
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(T0);
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;
    private SmsGateway _sms = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = _clock });
        _sms = await SmsGateway.StartAsync();
    }

    [Fact]
    public async Task P1ProjectTicketOnAnOwnerLevelRegistration_NotPagedAndNoServiceTicketEntry()
    {
        await using var bridge = await EscalationBridge.StartAsync(_sandbox, _dir, _clock, _sms, new Dictionary<string, string?> { ["ConnectWise:Callbacks:Register"] = "true" });
        await EscalationBridge.DriveUntilAsync(_clock, () => _sandbox.State.CallbackRegistrations.Count > 0, "the callback registration", step: TimeSpan.FromSeconds(1));
        Assert.Contains(_sandbox.State.CallbackRegistrations, r => (string?)r["level"] == "owner" && (string?)r["type"] == "ticket");

        var id = (int)_sandbox.State.CreateProjectTicket("NorthwindDental", "Firewall cut-over failed", t => t.Priority(1), "ejohansson")["id"]!;
        await _sandbox.Callbacks.WaitForAsync(a => a.EntityId == id && a.StatusCode == 200, TimeSpan.FromSeconds(20));
        await EscalationBridge.DriveUntilAsync(_clock, () => bridge.Host.Inbox.CountPending() == 0 && bridge.Host.ChangeStore.Recent(50).Any(c => c.TicketId == id), "the project ticket ingested", step: TimeSpan.FromSeconds(1));
        await bridge.Host.WaitForQuietAsync();
        await EscalationBridge.DriveToAsync(_clock, _clock.GetUtcNow().AddMinutes(10), step: TimeSpan.FromMinutes(1));

        Assert.True(bridge.Host.ChangeStore.Recent(50).First(c => c.TicketId == id).Ticket.IsProjectTicket);
        Assert.Empty(bridge.Host.App.Services.GetRequiredService<RoutingDecisionRepository>().ForTicket(id));
        Assert.Empty(bridge.Incidents.ForTicket(id));
        Assert.Empty(bridge.Incidents.ForTicket(6));
        Assert.DoesNotContain(EscalationBridge.Texts(_sms), t => t.Body.Contains($"#{id}", StringComparison.Ordinal));
        Assert.DoesNotContain(_sandbox.State.TimeEntries(id), e => (string?)e["chargeToType"] == "ServiceTicket");
    }

    [Fact]
    public async Task ProjectBoardOptedIn_P1ProjectTicketPagedAndItsContactAttemptsChargedToTheProjectTicket()
    {
        await using var bridge = await EscalationBridge.StartAsync(_sandbox, _dir, _clock, _sms, new Dictionary<string, string?> { ["Ingest:ProjectBoards:0"] = "Projects" });
        var id = (int)_sandbox.State.CreateProjectTicket("NorthwindDental", "Firewall cut-over failed", t => t.Priority(1), "ejohansson")["id"]!;
        await bridge.Host.Poller.PollOnceAsync(CancellationToken.None);
        await bridge.Host.WaitForQuietAsync();

        var incident = Assert.Single(bridge.Incidents.ForTicket(id));
        Assert.Equal(IncidentState.Triggered, incident.State);
        await EscalationBridge.DriveUntilAsync(_clock, () => _sandbox.State.TimeEntries(id).Count > 0 && _sandbox.State.Notes(id).Count > 0, "write-back on the project ticket", step: TimeSpan.FromSeconds(1));

        Assert.All(_sandbox.State.TimeEntries(id), e => Assert.Equal("ProjectTicket", (string?)e["chargeToType"]));
        Assert.Equal(0, _sandbox.Requests.Count(r => r.Method == "POST" && r.ApiPath == $"service/tickets/{id}/notes"));
    }

    public async Task DisposeAsync()
    {
        await _sms.DisposeAsync();
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
