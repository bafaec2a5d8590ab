using Bridge.Worker.Cli;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Routing;

public sealed class ExplainFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public ExplainFileTests()
    {
        // The shipped configuration, so explain runs on exactly what an admin starts from.
        _dir.Write("bridge.json", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "config", "bridge.json")));
        _dir.Write("appsettings.json", """{ "Logging": { "File": { "Enabled": false } } }""");
    }

    private async Task<(int Exit, string Out, string Err)> Explain(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await BridgeCli.RunAsync(["explain", "--config", _dir.Path, .. args], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Explain_RoutingTicketFile_PrintsDecisionAndReasons()
    {
        _dir.Write("ticket.json", """
            { "id": 77, "companyIdentifier": "NorthwindDental", "priorityName": "Priority 3 - Normal Response",
              "summary": "Cannot open patient files", "configurationItems": [ "NWD-FS01" ] }
            """);

        var (exit, output, error) = await Explain("--file", _dir.File("ticket.json"), "--at", "2026-11-24T23:00:00-05:00");

        Assert.True(exit == 0, error);
        Assert.Contains("Decision:   PageNow", output);
        Assert.Contains("Billing:    included", output);
        Assert.Contains("emergency rule 'practice-servers' matched configuration item 'NWD-FS01' (Routing:Clients:0:Emergency:Rules:0)", output);
    }

    [Fact]
    public async Task Explain_ConnectWiseTicketFileWithLocalTime_UsesMspZone()
    {
        _dir.Write("cw.json", """
            { "id": 5, "summary": "Printer offline in the downtown office", "company": { "id": 1, "identifier": "ContosoLaw" },
              "priority": { "id": 3, "name": "Priority 3 - Normal Response" }, "board": { "id": 1, "name": "Service Desk" } }
            """);

        var (exit, output, error) = await Explain("--file", _dir.File("cw.json"), "--at", "2026-11-26T02:00");

        Assert.True(exit == 0, error);
        Assert.Contains("Decision:   NextBusinessDay", output);
        Assert.Contains("Thu 2026-11-26 02:00 -05:00", output);
        Assert.Contains("no emergency rule matched", output);
    }

    [Theory]
    [InlineData(new string[0], "explain needs --ticket ID or --file")]
    [InlineData(new[] { "--ticket", "abc" }, "--ticket needs a ticket number")]
    [InlineData(new[] { "--ticket", "1", "--file", "x.json" }, "not both")]
    public async Task Explain_BadArguments_UsageErrorExit2(string[] args, string message)
    {
        var (exit, _, error) = await Explain(args);

        Assert.Equal(2, exit);
        Assert.Contains(message, error);
    }

    [Fact]
    public async Task Explain_MissingFile_SaysSoExit1()
    {
        var (exit, _, error) = await Explain("--file", _dir.File("nope.json"));

        Assert.Equal(1, exit);
        Assert.Contains("Cannot read the ticket file", error);
    }

    public void Dispose() => _dir.Dispose();
}
