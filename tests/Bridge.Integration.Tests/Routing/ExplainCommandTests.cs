using System.Text.Json.Nodes;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Cli;

namespace Bridge.Integration.Tests.Routing;

public sealed class ExplainCommandTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedSampleData = true });
        SandboxConfig.WriteFor(_dir, _sandbox);
        // The sandbox's ConnectWise keys plus the shipped routing section.
        var bridge = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir.Path, "bridge.json")))!.AsObject();
        var shipped = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "config", "bridge.json")))!.AsObject();
        bridge["Routing"] = shipped["Routing"]!.DeepClone();
        _dir.Write("bridge.json", bridge.ToJsonString());
    }

    private async Task<(int Exit, string Out, string Err)> Explain(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await BridgeCli.RunAsync(["explain", "--config", _dir.Path, .. args], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Explain_P1OnThanksgivingNightForAfterHoursBillableClient_PagesNowAndSaysWhy()
    {
        var ticket = _sandbox.State.CreateTicket("ContosoLaw", "Document management server unreachable", t => t.Priority(1));
        var id = ticket["id"]!.GetValue<int>();

        var (exit, output, error) = await Explain("--ticket", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--at", "2026-11-26T02:00:00-05:00");

        Assert.True(exit == 0, error);
        Assert.Contains($"#{id}", output);
        Assert.Contains("Decision:   PageNow", output);
        Assert.Contains("Policy:     p1-unassigned", output);
        Assert.Contains("after-hours ×1.5", output);
        Assert.Contains("is Thanksgiving (holiday rule \"fourth Thursday of November\")", output);
        Assert.Contains("(Routing:Holidays:4)", output);
        Assert.Contains("emergency rule 'priority-1' matched priority P1 (Routing:Default:Emergency:Rules:0)", output);
        var reasons = output[output.IndexOf("Reasons:", StringComparison.Ordinal)..];
        Assert.True(reasons.IndexOf("[holiday]", StringComparison.Ordinal) < reasons.IndexOf("[emergency-rule]", StringComparison.Ordinal), "reasons are in the order they were applied");
    }

    [Fact]
    public async Task Explain_SeededPrinterTicketForIncludedClient_ExclusionKeepsItForMorning()
    {
        var ticket = _sandbox.State.CreateTicket("NorthwindDental", "Printer down in exam room 4", t => t.Priority(2));
        var id = ticket["id"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (exit, output, error) = await Explain("--ticket", id, "--at", "2026-11-24T23:30:00-05:00");

        Assert.True(exit == 0, error);
        Assert.Contains("Decision:   NextBusinessDay", output);
        Assert.Contains("exclusion 'printers' matched keyword 'printer' in the summary: not an emergency; overrides emergency rule 'outage-words'", output);
    }

    [Fact]
    public async Task Explain_UnknownTicket_SaysConnectWiseCouldNotFindIt()
    {
        var (exit, _, error) = await Explain("--ticket", "987654");

        Assert.Equal(1, exit);
        Assert.Contains("Cannot read ticket 987654 from ConnectWise", error);
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
