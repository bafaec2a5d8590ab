using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Ingest;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.Ingest;

public sealed class PollVolumeTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _cwClock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = _cwClock });

    [Fact]
    public async Task PollCycle_5000OpenTickets20Changed_AtMostTwoTicketRequests()
    {
        // A backlog that built up over time: one ticket a second on ConnectWise's clock.
        var ids = _sandbox.State.CreateTickets(5000, (_, t) =>
        {
            _cwClock.Advance(TimeSpan.FromSeconds(1));
            t.Board("Alerts");
        });
        // This test is about requests, not durability: without a forced disk flush per LiteDB page the cold start
        // of 5,000 tickets takes seconds instead of a minute on a slow disk.
        var extra = new Dictionary<string, string?> { ["Ingest:Boards:0"] = "Alerts", ["Storage:DurableCommits"] = "false" };
        await using var bridge = await IngestHost.StartAsync(_sandbox, _dir, extra: extra);
        await bridge.WaitForPollsAsync();
        await bridge.WaitForQuietAsync();
        var afterColdStart = bridge.ChangeStore.Count();

        _cwClock.Advance(TimeSpan.FromMinutes(10));
        var changed = ids.Where((_, i) => i % 250 == 0).ToList();
        foreach (var id in changed)
        {
            _sandbox.State.UpdateTicket(id, t => t.Status("Acknowledged"));
        }

        _sandbox.Requests.Clear();
        await bridge.Poller.PollOnceAsync(CancellationToken.None);

        var ticketRequests = _sandbox.Requests.Count(r => r.Method == "GET" && r.ApiPath?.StartsWith("service/tickets", StringComparison.OrdinalIgnoreCase) == true);
        var statusChanges = bridge.ChangeStore.Recent(100).Where(c => c.Kind == TicketChangeKind.StatusChanged).ToList();
        Assert.Equal(5001, afterColdStart);
        Assert.Equal(20, changed.Count);
        Assert.InRange(ticketRequests, 1, 2);
        Assert.Equal(changed.Order(), statusChanges.Select(c => c.TicketId).Order());
        Assert.All(statusChanges, c => Assert.Equal(ChangeSource.Poll, c.Source));
    }

    [Fact]
    public async Task PollCycle_NothingChanged_OneRequestAndNoChanges()
    {
        _sandbox.State.CreateTickets(1500, (_, t) =>
        {
            _cwClock.Advance(TimeSpan.FromSeconds(1));
            t.Board("Alerts");
        });
        // This test is about requests, not durability: without a forced disk flush per LiteDB page the cold start
        // of 5,000 tickets takes seconds instead of a minute on a slow disk.
        var extra = new Dictionary<string, string?> { ["Ingest:Boards:0"] = "Alerts", ["Storage:DurableCommits"] = "false" };
        await using var bridge = await IngestHost.StartAsync(_sandbox, _dir, extra: extra);
        await bridge.WaitForPollsAsync();
        var before = bridge.ChangeStore.Count();

        _sandbox.Requests.Clear();
        var changes = await bridge.Poller.PollOnceAsync(CancellationToken.None);

        Assert.Equal(0, changes);
        Assert.Equal(before, bridge.ChangeStore.Count());
        Assert.Equal(1, _sandbox.Requests.Count("GET", "service/tickets"));
        var query = _sandbox.Requests.Entries.Single().Query;
        Assert.Contains("lastUpdated >", query["conditions"], StringComparison.Ordinal);
        // Forward-only pagination: ordered by id, so no orderBy, and the first page has no pageId.
        Assert.False(query.ContainsKey("orderBy"));
        Assert.False(query.ContainsKey("pageId"));
        Assert.Equal("1000", query["pageSize"]);
        Assert.Equal(TicketSnapshotMapper.Fields, query["fields"]);
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
