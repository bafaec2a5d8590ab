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
        // The sandbox's ConnectWise keys plus the shipped routing, escalation and on-call sections.
        SandboxConfig.CopyShipped(_dir, "Routing", "Escalation", "OnCall");
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
    public async Task Explain_P1AtNightForA24x7Client_NamesWhoEachStepWouldPageThenAndRecordsNothing()
    {
        var ticket = _sandbox.State.CreateTicket("NorthwindDental", "File server down for the whole practice", t => t.Priority(1));
        var id = ticket["id"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Tuesday 02:00: the after-hours week of Dana Schmidt in the shipped rotation.
        var (exit, output, error) = await Explain("--ticket", id, "--at", "2026-11-24T02:00:00-05:00");

        Assert.True(exit == 0, error);
        Assert.Contains("Incident:   an incident would open (after-hours): P1 emergency outside business hours (Included24x7)", output);
        Assert.Contains("Ladder:     p1-unassigned from Tue 2026-11-24 02:00 -05:00", output);
        Assert.Contains("  Step 1 at 02:00 (schedule:after-hours), repeats at 02:05, 02:10, 02:15, 02:20, 02:25:\n    pages Dana Schmidt (dschmidt): on call for after-hours until 2026-11-24 08:00 EST", output.ReplaceLineEndings("\n"));
        Assert.Contains("  Step 2 at 02:15 (role:Dispatcher), repeats at 02:30, 02:45, 03:00:\n    pages Farah Patel (fpatel): holds the role Dispatcher", output.ReplaceLineEndings("\n"));
        Assert.Contains("  Step 3 at 02:20 (role:ServiceManager):\n    pages Gabriel Moreau (gmoreau): holds the role ServiceManager", output.ReplaceLineEndings("\n"));
        // The ladder's own sends end at 03:00: the fallback at 03:15, then the director every 15 minutes until the 2 h threshold.
        Assert.Contains("  Step 4 at 02:30 (role:ServiceDirector), repeats at 03:30, 03:45:\n    pages Helen Walker (hwalker): holds the role ServiceDirector", output.ReplaceLineEndings("\n"));
        Assert.Contains("  Nobody acknowledged: fallback at 03:15 (role:Dispatcher, role:ServiceManager, role:ServiceDirector):\n    pages Farah Patel (fpatel)", output.ReplaceLineEndings("\n"));
        Assert.Contains("Ladder:     p1-tier3 from Tue 2026-11-24 04:00 -05:00", output);
        Assert.Contains("pages Chidi Okafor (cokafor): holds the role Tier3", output);
        Assert.Contains("Recorded:   no state file yet, so no decision recorded", output);
        Assert.False(File.Exists(Path.Combine(_dir.Path, "data", "bridge.db")), "explain created a state file");
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
