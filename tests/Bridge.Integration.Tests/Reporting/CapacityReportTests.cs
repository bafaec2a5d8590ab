using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace Bridge.Integration.Tests.Reporting;

/// <summary>The capacity plan read by the real bridge from the sandbox: a year of tickets entered, tiered by board and type.</summary>
public sealed class CapacityReportTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _cwClock = new(new DateTimeOffset(2025, 11, 1, 15, 0, 0, TimeSpan.Zero));
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync()
    {
        // The sample tickets are entered on 1 November 2025, before the 12 months the plan reads.
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = _cwClock });
        _cwClock.SetUtcNow(new DateTimeOffset(2026, 2, 1, 15, 0, 0, TimeSpan.Zero));
        foreach (var (board, type, count) in new[] { ("Service Desk", "Server", 2), ("Service Desk", "Network", 1), ("Alerts", "Server", 1), ("Service Desk", "Email", 3), ("Service Desk", "Workstation", 1) })
        {
            for (var i = 0; i < count; i++)
            {
                _sandbox.State.CreateTicket("ContosoLaw", $"{type} on {board}", t => t.Board(board).Type(type));
            }
        }

        // Entered on the report's own day (today is not in the period).
        _cwClock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero));
        _sandbox.State.CreateTicket("ContosoLaw", "Entered today", t => t.Type("Email"));
    }

    [Fact]
    public async Task BuildAsync_LastTwelveMonths_TicketsTieredFirstRuleFirstInOneRequestThenCached()
    {
        var extra = new Dictionary<string, string?>
        {
            ["Storage:DurableCommits"] = "false",
            ["Reporting:Capacity:Tiers:0:Board"] = "Alerts",
            ["Reporting:Capacity:Tiers:0:Tier"] = "tier2",
            ["Reporting:Capacity:Tiers:1:Type"] = "Server",
            ["Reporting:Capacity:Tiers:1:Tier"] = "tier3",
            ["Reporting:Capacity:Tiers:2:Type"] = "Net*",
            ["Reporting:Capacity:Tiers:2:Tier"] = "onsite",
            ["Reporting:Capacity:Technicians:tier1"] = "1",
        };
        await using var bridge = await IngestHost.StartAsync(_sandbox, _dir, extra: extra);
        await bridge.WaitForPollsAsync();
        var report = bridge.App.Services.GetServices<IReport>().Single(r => r.Name == "capacity");
        var period = report.DefaultPeriod(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero), DateTimeZoneProviders.Tzdb["America/New_York"]);
        _sandbox.Requests.Clear();

        var result = await report.BuildAsync(period, CancellationToken.None);

        var tiers = result.Tables.Single(t => t.Key == "tiers");
        Assert.Equal(new object?[] { 4L, 1L, 2L, 1L }, tiers.Rows.Select(r => r[1]));
        // Tier 1: 4 × 45 min = 3 h; 3 / 1,092.75 = 0.0027 FTE; 1 technician → +1.00.
        Assert.Equal(new object?[] { "Tier 1", 4L, 45m, 3m, 1m, 0m, 1m }, tiers.Rows[0]);
        Assert.Contains("4 of 8 tickets matched no rule", tiers.Note, StringComparison.Ordinal);
        var request = Assert.Single(_sandbox.Requests.Entries);
        Assert.Equal("service/tickets", request.ApiPath);
        Assert.Equal("dateEntered >= [2025-12-02T05:00:00Z] and dateEntered < [2026-12-02T05:00:00Z]", request.Query["conditions"]);
        Assert.Equal("id,board/name,type/name", request.Query["fields"]);
        Assert.Equal("1000", request.Query["pageSize"]);

        _sandbox.Requests.Clear();
        Assert.Same(result, await report.BuildAsync(period, CancellationToken.None));
        Assert.Empty(_sandbox.Requests.Entries);
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
