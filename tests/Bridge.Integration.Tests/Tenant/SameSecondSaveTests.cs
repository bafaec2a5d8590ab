using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.WriteBack;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.Tenant;

/// <summary>
/// ConnectWise stamps <c>lastUpdated</c> in whole seconds, and so does the sandbox: two saves in one second carry one
/// stamp. The running bridge (shipped ladders, write-back on) against the sandbox over HTTP, on a clock that stands
/// still between the saves, at 02:00 on Tuesday 24 November 2026 in New York (Dana Schmidt on call).
/// </summary>
public sealed class SameSecondSaveTests : IAsyncLifetime
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
    public async Task P3RaisedToP1InTheSameSecond_Paged()
    {
        await using var bridge = await EscalationBridge.StartAsync(_sandbox, _dir, _clock, _sms);
        var id = (int)_sandbox.State.CreateTicket("NorthwindDental", "Front desk PC slow", t => t.Priority(3).Type("Workstation"), "fpatel")["id"]!;
        await bridge.Host.Poller.PollOnceAsync(CancellationToken.None);
        await bridge.Host.WaitForQuietAsync();
        Assert.Empty(bridge.Incidents.ForTicket(id));

        // A moment later, in the same second: the dispatcher raises it to P1.
        var raised = _sandbox.State.UpdateTicket(id, t => t.Priority(1), "fpatel");
        Assert.Equal(_sandbox.State.GetTicket(id)!["_info"]!["dateEntered"]!.GetValue<string>(), raised["_info"]!["lastUpdated"]!.GetValue<string>());
        await bridge.Host.Poller.PollOnceAsync(CancellationToken.None);
        await bridge.Host.WaitForQuietAsync();

        var incident = Assert.Single(bridge.Incidents.ForTicket(id));
        Assert.Equal(IncidentState.Triggered, incident.State);
        await EscalationBridge.DriveUntilAsync(_clock, () => EscalationBridge.Texts(_sms).Any(t => t.To == Dana && t.Body.Contains($"#{id}", StringComparison.Ordinal)), $"the page for ticket #{id}", step: TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task InProgressInTheSameSecondAsTheBridgesOwnWrite_StopsTheLadder()
    {
        await using var bridge = await EscalationBridge.StartAsync(_sandbox, _dir, _clock, _sms);
        await EscalationBridge.DriveUntilAsync(_clock, () => To(Dana) == 1, "the first page to the on-call technician");

        // The clock stands still: write-back records the page in the ticket (a note and a zero-hour entry), and the
        // poll brings that save back, stamped by the bridge's own member.
        await WaitForWritesAsync(bridge);
        var written = _sandbox.State.GetTicket(EscalationBridge.DcDownTicket)!["_info"]!;
        Assert.Equal("bridgeapi", written["updatedBy"]!.GetValue<string>());
        await bridge.Host.Poller.PollOnceAsync(CancellationToken.None);
        await bridge.Host.WaitForQuietAsync();

        // Dana sets In Progress in that same second.
        var taken = _sandbox.State.UpdateTicket(EscalationBridge.DcDownTicket, t => t.Status("In Progress"), "dschmidt");
        Assert.Equal(written["lastUpdated"]!.GetValue<string>(), taken["_info"]!["lastUpdated"]!.GetValue<string>());
        await bridge.Host.Poller.PollOnceAsync(CancellationToken.None);
        await bridge.Host.WaitForQuietAsync();

        var incident = Assert.Single(bridge.Incidents.ForTicket(EscalationBridge.DcDownTicket));
        Assert.Equal(IncidentState.Acknowledged, incident.State);
        Assert.Contains(bridge.Lines(EscalationBridge.DcDownTicket), l => l.Kind == TimelineKind.Acknowledged && l.PersonId == "dschmidt");
        await EscalationBridge.DriveToAsync(_clock, _clock.GetUtcNow().AddMinutes(20), step: TimeSpan.FromMinutes(1));
        Assert.Equal(1, To(Dana));
    }

    private static async Task WaitForWritesAsync(EscalationBridge bridge)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var worker = bridge.Host.App.Services.GetRequiredService<OutboxWorker>();
        while (!bridge.Outbox.Recent(100).Any(r => r.TicketId == EscalationBridge.DcDownTicket && r.State == OutboxState.Sent))
        {
            worker.Notify();
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Write-back did not record the page in the ticket.");
            }

            await Task.Delay(20);
        }
    }

    private int To(string phone) => EscalationBridge.Texts(_sms).Count(t => t.To == phone);

    public async Task DisposeAsync()
    {
        await _sms.DisposeAsync();
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
