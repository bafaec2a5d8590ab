using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Ingest;

namespace Bridge.Integration.Tests.Tenant;

/// <summary>
/// A ticket deleted in ConnectWise while it pages: the deleted callback (no entity) closes its incident and the ladder
/// stops. The running bridge with callbacks registered, at 02:00 on Tuesday 24 November 2026 (Dana Schmidt on call).
/// </summary>
public sealed class DeletedTicketTests : NightAtNorthwind
{
    [Fact]
    public async Task TicketDeletedWhilePaging_IncidentClosedWithALineAndNoMorePages()
    {
        await using var bridge = await EscalationBridge.StartAsync(Sandbox, Dir, Clock, Sms, new Dictionary<string, string?> { ["ConnectWise:Callbacks:Register"] = "true" });
        await EscalationBridge.DriveUntilAsync(Clock, () => To(Dana) == 1, "the first page to the on-call technician");
        await EscalationBridge.DriveUntilAsync(Clock, () => Sandbox.State.CallbackRegistrations.Count > 0, "the callback registration", step: TimeSpan.FromSeconds(1));

        Sandbox.State.DeleteTicket(EscalationBridge.DcDownTicket, "fpatel");
        await Sandbox.Callbacks.WaitForAsync(a => a.EntityId == EscalationBridge.DcDownTicket && a.Action == "deleted" && a.StatusCode == 200, TimeSpan.FromSeconds(20));
        await EscalationBridge.DriveUntilAsync(Clock, () => bridge.Incidents.OpenForTicket(EscalationBridge.DcDownTicket).Count == 0, "the incident closed", step: TimeSpan.FromSeconds(1));

        var incident = Assert.Single(bridge.Incidents.ForTicket(EscalationBridge.DcDownTicket));
        Assert.Equal(IncidentState.Cancelled, incident.State);
        Assert.Contains(bridge.Lines(EscalationBridge.DcDownTicket), l => l.Text.Contains("deleted in ConnectWise", StringComparison.Ordinal));
        Assert.Contains(bridge.Host.ChangeStore.Recent(50), c => c.TicketId == EscalationBridge.DcDownTicket && c.Kind == TicketChangeKind.Deleted);
        await EscalationBridge.DriveToAsync(Clock, Clock.GetUtcNow().AddMinutes(20), step: TimeSpan.FromMinutes(1));
        Assert.Equal(1, To(Dana));
    }
}
