using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Cli;

namespace Bridge.Integration.Tests.Reporting;

/// <summary><c>bridge report</c> over the real host: the capacity plan from configured counts (seed 003's table), text and CSV, and wrong asks.</summary>
public sealed class ReportCommandTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedSampleData = false });
        SandboxConfig.WriteFor(_dir, _sandbox);
        // Seed 003's inputs: tickets per tier, technicians per tier and dispatchers; the other constants are the defaults.
        _dir.Write("appsettings.json", """
            {
              "Urls": "http://127.0.0.1:1",
              "Logging": { "File": { "Enabled": false } },
              "Reporting": {
                "Capacity": {
                  "TicketsPerYear": { "tier1": 30000, "tier2": 2100, "tier3": 900, "onsite": 3000 },
                  "Technicians": { "tier1": 20, "tier2": 3, "tier3": 1, "onsite": 5 },
                  "Dispatchers": 1
                }
              }
            }
            """);
    }

    [Fact]
    public async Task Capacity_FromTheSeedsInputs_EveryFigureOfItsTable()
    {
        var (exit, output, error) = await RunAsync("report", "capacity");

        Assert.True(exit == 0, error);
        var lines = output.Split('\n').Select(l => System.Text.RegularExpressions.Regex.Replace(l.Trim(), @"\s+", " ")).ToList();
        Assert.Contains("Tier 1 30,000 45.0 22,500.00 20 20.59 -0.59", lines);
        Assert.Contains("Tier 2 2,100 90.0 3,150.00 3 2.88 0.12", lines);
        Assert.Contains("Tier 3 900 180.0 2,700.00 1 2.47 -1.47", lines);
        Assert.Contains("Onsite 3,000 180.0 9,000.00 5 8.24 -3.24", lines);
        Assert.Contains("36,000 1 1.25 -0.25", lines);
    }

    [Fact]
    public async Task Capacity_OneTableAsCsv()
    {
        var (exit, output, error) = await RunAsync("report", "capacity", "--csv", "--table", "dispatch");

        Assert.True(exit == 0, error);
        Assert.Equal("tickets,dispatchers,dispatchers_needed,over_under\r\n36000,1,1.25,-0.25\r\n", output);
    }

    [Fact]
    public async Task NoName_ListsEveryReport()
    {
        var (exit, output, _) = await RunAsync("report");

        Assert.Equal(0, exit);
        foreach (var name in new[] { "paging", "service-desk", "after-hours", "capacity" })
        {
            Assert.Contains($"  {name} ", output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(2, "There is no report 'nightly'.", "report", "nightly")]
    [InlineData(2, "report capacity: from '2026-13-01' is not a date", "report", "capacity", "--from", "2026-13-01")]
    [InlineData(1, "Report 'capacity' has no table 'fte'. Its tables: tiers, dispatch.", "report", "capacity", "--table", "fte")]
    public async Task WrongAsk_SaysWhatIsWrong(int expectedExit, string expected, params string[] args)
    {
        var (exit, output, error) = await RunAsync(args);

        Assert.Equal(expectedExit, exit);
        Assert.Equal("", output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await BridgeCli.RunAsync([.. args, "--config", _dir.Path], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
