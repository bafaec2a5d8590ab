using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Integration.Tests.Tenant;

/// <summary>
/// A ticket's configuration items are a resource of their own in ConnectWise (ids and device identifiers, no names).
/// The running bridge with the shipped routing reads them for clients whose rules look at them, so Northwind Dental's
/// <c>practice-servers</c> rule fires at night; 02:00 on Tuesday 24 November 2026 (Dana Schmidt on call).
/// </summary>
public sealed class ConfigurationItemRoutingTests : NightAtNorthwind
{
    [Fact]
    public async Task NightTicketOnNwdDc01_PagedByThePracticeServersRule()
    {
        await using var bridge = await EscalationBridge.StartAsync(Sandbox, Dir, Clock, Sms);
        // A P3 about a workstation-type symptom: only the configuration item makes it an emergency.
        var id = (int)Sandbox.State.CreateTicket("NorthwindDental", "Logins slow at the front desk", t => t.Priority(3).Type("Workstation").Configuration("NWD-DC01"), "fpatel")["id"]!;
        await bridge.Host.Poller.PollOnceAsync(CancellationToken.None);
        await bridge.Host.WaitForQuietAsync();

        var decision = Assert.Single(bridge.Host.App.Services.GetRequiredService<RoutingDecisionRepository>().ForTicket(id));
        Assert.Equal(nameof(Disposition.PageNow), decision.Disposition);
        Assert.Contains(decision.Reasons, r => r.Contains("emergency rule 'practice-servers' matched configuration item 'NWD-DC01'", StringComparison.Ordinal));
        Assert.Equal(IncidentState.Triggered, Assert.Single(bridge.Incidents.ForTicket(id)).State);
        await EscalationBridge.DriveUntilAsync(Clock, () => EscalationBridge.Texts(Sms).Count(t => t.To == Dana) >= 2, "the page for the configuration-item ticket", step: TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task ClientWithoutConfigurationRules_NoConfigurationRead()
    {
        await using var bridge = await EscalationBridge.StartAsync(Sandbox, Dir, Clock, Sms);
        Sandbox.Requests.Clear();
        Sandbox.State.CreateTicket("FabrikamRetail", "Till 3 offline", t => t.Priority(3).Configuration("FAB-POS-03"), "fpatel");
        await bridge.Host.Poller.PollOnceAsync(CancellationToken.None);
        await bridge.Host.WaitForQuietAsync();

        Assert.Equal(0, Sandbox.Requests.Count("GET", "/configurations"));
        Assert.Equal(1, Sandbox.Requests.Count("GET", "service/tickets"));
    }
}
