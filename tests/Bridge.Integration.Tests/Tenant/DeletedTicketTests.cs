using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Ingest;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.Tenant;

/// <summary>
/// A ticket deleted in ConnectWise while it pages: the deleted callback (no entity) closes its incident and the ladder
/// stops. The running bridge with callbacks registered, at 02:00 on Tuesday 24 November 2026 (Dana Schmidt on call).
/// </summary>
public sealed class DeletedTicketTests : IAsyncLifetime
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
    public async Task TicketDeletedWhilePaging_IncidentClosedWithALineAndNoMorePages()
    {
        await using var bridge = await EscalationBridge.StartAsync(_sandbox, _dir, _clock, _sms, new Dictionary<string, string?> { ["ConnectWise:Callbacks:Register"] = "true" });
        await EscalationBridge.DriveUntilAsync(_clock, () => To(Dana) == 1, "the first page to the on-call technician");
        await EscalationBridge.DriveUntilAsync(_clock, () => _sandbox.State.CallbackRegistrations.Count > 0, "the callback registration", step: TimeSpan.FromSeconds(1));

        _sandbox.State.DeleteTicket(EscalationBridge.DcDownTicket, "fpatel");
        await _sandbox.Callbacks.WaitForAsync(a => a.EntityId == EscalationBridge.DcDownTicket && a.Action == "deleted" && a.StatusCode == 200, TimeSpan.FromSeconds(20));
        await EscalationBridge.DriveUntilAsync(_clock, () => bridge.Incidents.OpenForTicket(EscalationBridge.DcDownTicket).Count == 0, "the incident closed", step: TimeSpan.FromSeconds(1));

        var incident = Assert.Single(bridge.Incidents.ForTicket(EscalationBridge.DcDownTicket));
        Assert.Equal(IncidentState.Cancelled, incident.State);
        Assert.Contains(bridge.Lines(EscalationBridge.DcDownTicket), l => l.Text.Contains("deleted in ConnectWise", StringComparison.Ordinal));
        Assert.Contains(bridge.Host.ChangeStore.Recent(50), c => c.TicketId == EscalationBridge.DcDownTicket && c.Kind == TicketChangeKind.Deleted);
        await EscalationBridge.DriveToAsync(_clock, _clock.GetUtcNow().AddMinutes(20), step: TimeSpan.FromMinutes(1));
        Assert.Equal(1, To(Dana));
    }

    private int To(string phone) => EscalationBridge.Texts(_sms).Count(t => t.To == phone);

    public async Task DisposeAsync()
    {
        await _sms.DisposeAsync();
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
