using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Integration.Tests.Tenant;

/// <summary>
/// Owner-level ticket callbacks carry project tickets too (<c>recordType</c> ProjectTicket / ProjectIssue). By default
/// the bridge routes service tickets only; an admin may opt project boards in, and then time goes where ConnectWise
/// expects it for a project ticket. 02:00 on Tuesday 24 November 2026 (Dana Schmidt on call).
/// </summary>
public sealed class ProjectTicketTests : NightAtNorthwind
{
    [Fact]
    public async Task P1ProjectTicketOnAnOwnerLevelRegistration_NotPagedAndNoServiceTicketEntry()
    {
        await using var bridge = await EscalationBridge.StartAsync(Sandbox, Dir, Clock, Sms, new Dictionary<string, string?> { ["ConnectWise:Callbacks:Register"] = "true" });
        await EscalationBridge.DriveUntilAsync(Clock, () => Sandbox.State.CallbackRegistrations.Count > 0, "the callback registration", step: TimeSpan.FromSeconds(1));
        Assert.Contains(Sandbox.State.CallbackRegistrations, r => (string?)r["level"] == "owner" && (string?)r["type"] == "ticket");

        var id = (int)Sandbox.State.CreateProjectTicket("NorthwindDental", "Firewall cut-over failed", t => t.Priority(1), "ejohansson")["id"]!;
        await Sandbox.Callbacks.WaitForAsync(a => a.EntityId == id && a.StatusCode == 200, TimeSpan.FromSeconds(20));
        await EscalationBridge.DriveUntilAsync(Clock, () => bridge.Host.Inbox.CountPending() == 0 && bridge.Host.ChangeStore.Recent(50).Any(c => c.TicketId == id), "the project ticket ingested", step: TimeSpan.FromSeconds(1));
        await bridge.Host.WaitForQuietAsync();
        await EscalationBridge.DriveToAsync(Clock, Clock.GetUtcNow().AddMinutes(10), step: TimeSpan.FromMinutes(1));

        Assert.True(bridge.Host.ChangeStore.Recent(50).First(c => c.TicketId == id).Ticket.IsProjectTicket);
        Assert.Empty(bridge.Host.App.Services.GetRequiredService<RoutingDecisionRepository>().ForTicket(id));
        Assert.Empty(bridge.Incidents.ForTicket(id));
        Assert.Empty(bridge.Incidents.ForTicket(6));
        Assert.DoesNotContain(EscalationBridge.Texts(Sms), t => t.Body.Contains($"#{id}", StringComparison.Ordinal));
        Assert.DoesNotContain(Sandbox.State.TimeEntries(id), e => (string?)e["chargeToType"] == "ServiceTicket");
    }

    [Fact]
    public async Task ProjectBoardOptedIn_P1ProjectTicketPagedAndItsContactAttemptsChargedToTheProjectTicket()
    {
        await using var bridge = await EscalationBridge.StartAsync(Sandbox, Dir, Clock, Sms, new Dictionary<string, string?> { ["Ingest:ProjectBoards:0"] = "Projects" });
        var id = (int)Sandbox.State.CreateProjectTicket("NorthwindDental", "Firewall cut-over failed", t => t.Priority(1), "ejohansson")["id"]!;
        await bridge.Host.Poller.PollOnceAsync(CancellationToken.None);
        await bridge.Host.WaitForQuietAsync();

        var incident = Assert.Single(bridge.Incidents.ForTicket(id));
        Assert.Equal(IncidentState.Triggered, incident.State);
        await EscalationBridge.DriveUntilAsync(Clock, () => Sandbox.State.TimeEntries(id).Count > 0 && Sandbox.State.Notes(id).Count > 0, "write-back on the project ticket", step: TimeSpan.FromSeconds(1));

        Assert.All(Sandbox.State.TimeEntries(id), e => Assert.Equal("ProjectTicket", (string?)e["chargeToType"]));
        Assert.Equal(0, Sandbox.Requests.Count(r => r.Method == "POST" && r.ApiPath == $"service/tickets/{id}/notes"));
    }
}
