using System.Globalization;
using System.Text.Json.Nodes;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Cli;
using Bridge.Worker.Configuration;
using Bridge.Worker.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Integration.Tests.Routing;

/// <summary>
/// "What did the contract say that night": the worker routes a ticket, the admin changes the client's contract and the
/// bridge reloads it, the ticket is routed again; each stored decision keeps the configuration it was made under, and
/// <c>bridge explain --ticket</c> shows both with the client's terms of their own version.
/// </summary>
public sealed class DecisionConfigurationTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedSampleData = true });

    private static void Contract(TempDirectory dir, string company, string contract)
    {
        var bridge = JsonNode.Parse(File.ReadAllText(Path.Combine(dir.Path, "bridge.json")))!.AsObject();
        var client = bridge["Routing"]!["Clients"]!.AsArray().Single(c => (string?)c!["Company"] == company)!;
        client["Contract"] = contract;
        dir.Write("bridge.json", bridge.ToJsonString());
    }

    [Fact]
    public async Task ContractChangedAndReloaded_EarlierDecisionKeepsItsConfigurationAndTermsTheNewOneTheNew()
    {
        int id;
        string before, after;
        // The shipped routing section: ContosoLaw is AfterHoursBillable.
        await using (var bridge = await IngestHost.StartAsync(_sandbox, _dir, prepare: dir => SandboxConfig.CopyShipped(dir, "Routing")))
        {
            await bridge.WaitForPollsAsync();
            id = (int)_sandbox.State.CreateTicket("ContosoLaw", "Mail server down", t => t.Priority(1))["id"]!;
            await bridge.Poller.PollOnceAsync(CancellationToken.None);
            await bridge.WaitForQuietAsync();
            before = bridge.App.Services.GetRequiredService<ConfigReloader>().Status.Version;

            Contract(_dir, "ContosoLaw", "Included24x7");
            var status = bridge.App.Services.GetRequiredService<ConfigReloader>().Reload();
            after = status.Version;
            _sandbox.State.UpdateTicket(id, t => t.Priority(2));
            await bridge.Poller.PollOnceAsync(CancellationToken.None);
            await bridge.WaitForQuietAsync();

            Assert.Equal(["Routing"], status.Applied);
            var decisions = bridge.App.Services.GetRequiredService<RoutingDecisionRepository>().ForTicket(id);
            Assert.Equal([("AfterHoursBillable", before), ("Included24x7", after)], decisions.Select(d => (d.Contract, d.ConfigVersion!)));
        }

        // The service stopped, explain reads the state file: each decision with its own configuration and terms.
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await BridgeCli.RunAsync(["explain", "--config", _dir.Path, "--ticket", id.ToString(CultureInfo.InvariantCulture)], output, error);

        Assert.True(exit == 0, error.ToString());
        Assert.NotEqual(before, after);
        var text = output.ToString();
        var recorded = text[text.IndexOf("Recorded:   2 decision(s), oldest first", StringComparison.Ordinal)..].ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("ContosoLaw contract AfterHoursBillable", recorded[1]);
        Assert.StartsWith($"    configuration {before} applied ", recorded[2], StringComparison.Ordinal);
        Assert.Contains("\"Company\":\"ContosoLaw\",\"Contract\":\"AfterHoursBillable\"", recorded[3]);
        Assert.Contains("ContosoLaw contract Included24x7", recorded[4]);
        Assert.StartsWith($"    configuration {after} applied ", recorded[5], StringComparison.Ordinal);
        Assert.Contains("\"Company\":\"ContosoLaw\",\"Contract\":\"Included24x7\"", recorded[6]);
        Assert.Contains($"Config:     {after} applied", text);
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
