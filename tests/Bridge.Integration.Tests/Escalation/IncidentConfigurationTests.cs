using Bridge.Integration.Tests.Support;
using Bridge.Worker.Configuration;
using Bridge.Worker.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Integration.Tests.Escalation;

/// <summary>The sandbox's P1 at Northwind Dental at 02:00: its decision and its incident both name the configuration in force.</summary>
public sealed class IncidentConfigurationTests : NightAtNorthwind
{
    [Fact]
    public async Task P1AtNight_IncidentOpened_RecordsTheConfigurationItsDecisionWasMadeUnderAndItIsKept()
    {
        await using var bridge = await EscalationBridge.StartAsync(Sandbox, Dir, Clock, Sms);
        await EscalationBridge.DriveUntilAsync(Clock, () => To(Dana) == 1, "the first page to the on-call technician");
        var services = bridge.Host.App.Services;

        var version = services.GetRequiredService<ConfigReloader>().Current.Version;
        var incident = Assert.Single(bridge.Incidents.ForTicket(EscalationBridge.DcDownTicket));
        var decision = services.GetRequiredService<RoutingDecisionRepository>().ForTicket(EscalationBridge.DcDownTicket)[^1];

        Assert.Equal((version.Hash, version.AppliedAt), (incident.ConfigVersion, incident.ConfigAppliedAt));
        Assert.Equal(version.Hash, decision.ConfigVersion);
        Assert.Contains("\"Company\":\"NorthwindDental\"", services.GetRequiredService<ConfigurationVersionStore>().Find(version.Hash)?.Json);
    }
}
