using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.WriteBack;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Integration.Tests.Tenant;

/// <summary>
/// ConnectWise stamps <c>lastUpdated</c> in whole seconds, and so does the sandbox: two saves in one second carry one
/// stamp. The running bridge (shipped ladders, write-back on) against the sandbox over HTTP, on a clock that stands
/// still between the saves, at 02:00 on Tuesday 24 November 2026 in New York (Dana Schmidt on call).
/// </summary>
public sealed class SameSecondSaveTests : NightAtNorthwind
{
    [Fact]
    public async Task P3RaisedToP1InTheSameSecond_Paged()
    {
        await using var bridge = await EscalationBridge.StartAsync(Sandbox, Dir, Clock, Sms);
        var id = (int)Sandbox.State.CreateTicket("NorthwindDental", "Front desk PC slow", t => t.Priority(3).Type("Workstation"), "fpatel")["id"]!;
        await bridge.Host.Poller.PollOnceAsync(CancellationToken.None);
        await bridge.Host.WaitForQuietAsync();
        Assert.Empty(bridge.Incidents.ForTicket(id));

        // A moment later, in the same second: the dispatcher raises it to P1.
        var raised = Sandbox.State.UpdateTicket(id, t => t.Priority(1), "fpatel");
        Assert.Equal(Sandbox.State.GetTicket(id)!["_info"]!["dateEntered"]!.GetValue<string>(), raised["_info"]!["lastUpdated"]!.GetValue<string>());
        await bridge.Host.Poller.PollOnceAsync(CancellationToken.None);
        await bridge.Host.WaitForQuietAsync();

        var incident = Assert.Single(bridge.Incidents.ForTicket(id));
        Assert.Equal(IncidentState.Triggered, incident.State);
        await EscalationBridge.DriveUntilAsync(Clock, () => EscalationBridge.Texts(Sms).Any(t => t.To == Dana && t.Body.Contains($"#{id}", StringComparison.Ordinal)), $"the page for ticket #{id}", step: TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task InProgressInTheSameSecondAsTheBridgesOwnWrite_StopsTheLadder()
    {
        await using var bridge = await EscalationBridge.StartAsync(Sandbox, Dir, Clock, Sms);
        await EscalationBridge.DriveUntilAsync(Clock, () => To(Dana) == 1, "the first page to the on-call technician");

        // The clock stands still: write-back records the page in the ticket (a note and a zero-hour entry), and the
        // poll brings that save back, stamped by the bridge's own member.
        await WaitForWritesAsync(bridge);
        var written = Sandbox.State.GetTicket(EscalationBridge.DcDownTicket)!["_info"]!;
        Assert.Equal("bridgeapi", written["updatedBy"]!.GetValue<string>());
        await bridge.Host.Poller.PollOnceAsync(CancellationToken.None);
        await bridge.Host.WaitForQuietAsync();

        // Dana sets In Progress in that same second.
        var taken = Sandbox.State.UpdateTicket(EscalationBridge.DcDownTicket, t => t.Status("In Progress"), "dschmidt");
        Assert.Equal(written["lastUpdated"]!.GetValue<string>(), taken["_info"]!["lastUpdated"]!.GetValue<string>());
        await bridge.Host.Poller.PollOnceAsync(CancellationToken.None);
        await bridge.Host.WaitForQuietAsync();

        var incident = Assert.Single(bridge.Incidents.ForTicket(EscalationBridge.DcDownTicket));
        Assert.Equal(IncidentState.Acknowledged, incident.State);
        Assert.Contains(bridge.Lines(EscalationBridge.DcDownTicket), l => l.Kind == TimelineKind.Acknowledged && l.PersonId == "dschmidt");
        await EscalationBridge.DriveToAsync(Clock, Clock.GetUtcNow().AddMinutes(20), step: TimeSpan.FromMinutes(1));
        Assert.Equal(1, To(Dana));
    }

    private static async Task WaitForWritesAsync(EscalationBridge bridge)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var worker = bridge.Host.App.Services.GetRequiredService<OutboxWorker>();
        // Every write the page made (the note and the zero-hour entry), not only the first: one still in flight would
        // land after Dana's save and stamp the ticket with the bridge's member again.
        while (!bridge.Outbox.Recent(100).Any(r => r.TicketId == EscalationBridge.DcDownTicket && r.State == OutboxState.Sent)
            || bridge.Outbox.OpenRecords().Any(r => r.TicketId == EscalationBridge.DcDownTicket))
        {
            worker.Notify();
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Write-back did not record the page in the ticket.");
            }

            await Task.Delay(20);
        }
    }
}
