using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.Tenant;

/// <summary>
/// A ticket's configuration items are a resource of their own in ConnectWise (ids and device identifiers, no names).
/// The running bridge with the shipped routing reads them for clients whose rules look at them, so Northwind Dental's
/// <c>practice-servers</c> rule fires at night; 02:00 on Tuesday 24 November 2026 (Dana Schmidt on call).
/// </summary>
public sealed class ConfigurationItemRoutingTests : IAsyncLifetime
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
    public async Task NightTicketOnNwdDc01_PagedByThePracticeServersRule()
    {
        await using var bridge = await EscalationBridge.StartAsync(_sandbox, _dir, _clock, _sms);
        // A P3 about a workstation-type symptom: only the configuration item makes it an emergency.
        var id = (int)_sandbox.State.CreateTicket("NorthwindDental", "Logins slow at the front desk", t => t.Priority(3).Type("Workstation").Configuration("NWD-DC01"), "fpatel")["id"]!;
        await bridge.Host.Poller.PollOnceAsync(CancellationToken.None);
        await bridge.Host.WaitForQuietAsync();

        var decision = Assert.Single(bridge.Host.App.Services.GetRequiredService<RoutingDecisionRepository>().ForTicket(id));
        Assert.Equal(nameof(Disposition.PageNow), decision.Disposition);
        Assert.Contains(decision.Reasons, r => r.Contains("emergency rule 'practice-servers' matched configuration item 'NWD-DC01'", StringComparison.Ordinal));
        Assert.Equal(IncidentState.Triggered, Assert.Single(bridge.Incidents.ForTicket(id)).State);
        await EscalationBridge.DriveUntilAsync(_clock, () => EscalationBridge.Texts(_sms).Count(t => t.To == Dana) >= 2, "the page for the configuration-item ticket", step: TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task ClientWithoutConfigurationRules_NoConfigurationRead()
    {
        await using var bridge = await EscalationBridge.StartAsync(_sandbox, _dir, _clock, _sms);
        _sandbox.Requests.Clear();
        _sandbox.State.CreateTicket("FabrikamRetail", "Till 3 offline", t => t.Priority(3).Configuration("FAB-POS-03"), "fpatel");
        await bridge.Host.Poller.PollOnceAsync(CancellationToken.None);
        await bridge.Host.WaitForQuietAsync();

        Assert.Equal(0, _sandbox.Requests.Count("GET", "/configurations"));
        Assert.Equal(1, _sandbox.Requests.Count("GET", "service/tickets"));
    }

    public async Task DisposeAsync()
    {
        await _sms.DisposeAsync();
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
