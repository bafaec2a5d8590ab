using Bridge.Integration.Tests.Support;
using Bridge.Worker.Cli;
using Bridge.Worker.Configuration;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Kernel;
using Bridge.Worker.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Integration.Tests.Escalation;

/// <summary>The sandbox's P1 at Northwind Dental at 02:00: its decision and its incident both name the configuration in force.</summary>
public sealed class IncidentConfigurationTests : NightAtNorthwind
{
    [Fact]
    public async Task P1AtNight_IncidentOpened_RecordsTheConfigurationItsDecisionWasMadeUnderAndItIsKept()
    {
        ConfigurationVersion version;
        Incident incident;
        await using (var bridge = await EscalationBridge.StartAsync(Sandbox, Dir, Clock, Sms))
        {
            await EscalationBridge.DriveUntilAsync(Clock, () => To(Dana) == 1, "the first page to the on-call technician");
            var services = bridge.Host.App.Services;

            version = services.GetRequiredService<ConfigReloader>().Current.Version;
            incident = Assert.Single(bridge.Incidents.ForTicket(EscalationBridge.DcDownTicket));
            var decision = services.GetRequiredService<RoutingDecisionRepository>().ForTicket(EscalationBridge.DcDownTicket)[^1];

            Assert.Equal((version.Hash, version.AppliedAt), (incident.ConfigVersion, incident.ConfigAppliedAt));
            Assert.Equal(version.Hash, decision.ConfigVersion);
            Assert.Contains("\"Company\":\"NorthwindDental\"", services.GetRequiredService<ConfigurationVersionStore>().Find(version.Hash)?.Json);
        }

        // The service stopped: explain reads the state file and says the incident is already open, and under which version the decision was made.
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await BridgeCli.RunAsync(["explain", "--config", Dir.Path, "--ticket", "1", "--at", "2026-11-24T02:00:00-05:00"], output, error);

        Assert.True(exit == 0, error.ToString());
        Assert.Contains($"Open:       incident {incident.Id} (p1-unassigned, Triggered) is already open for this ticket", output.ToString());
        Assert.Contains($"    configuration {version.Hash} applied Tue 2026-11-24 02:00 -05:00", output.ToString());
    }
}
