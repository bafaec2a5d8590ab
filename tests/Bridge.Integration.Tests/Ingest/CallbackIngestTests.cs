using System.Diagnostics;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Ingest;

namespace Bridge.Integration.Tests.Ingest;

public sealed class CallbackIngestTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync();

    [Fact]
    public async Task TicketCreated_CallbacksOn_CreatedWithinOneSecond()
    {
        await using var bridge = await IngestHost.StartAsync(_sandbox, _dir, register: true);
        await bridge.Registrar.Reconciled.WaitAsync(TimeSpan.FromSeconds(10));
        await bridge.WaitForPollsAsync();

        var started = Stopwatch.GetTimestamp();
        var id = (int)_sandbox.State.CreateTicket("NorthwindDental", "Mail server down", t => t.Priority(1))["id"]!;
        var (change, at) = await bridge.Recorder.WaitForAsync(c => c.TicketId == id && c.Kind == TicketChangeKind.Created);

        var latency = Stopwatch.GetElapsedTime(started, at);
        Assert.Equal(ChangeSource.Callback, change.Source);
        Assert.Equal("Mail server down", change.Ticket.Summary);
        Assert.True(latency < TimeSpan.FromSeconds(1), $"Created arrived after {latency.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task TicketCreated_CallbacksDropped_CreatedByTheNextPoll()
    {
        await using var bridge = await IngestHost.StartAsync(_sandbox, _dir, register: true);
        await bridge.Registrar.Reconciled.WaitAsync(TimeSpan.FromSeconds(10));
        await bridge.WaitForPollsAsync();
        _sandbox.Faults.DropCallbacks = true;

        var id = (int)_sandbox.State.CreateTicket("ContosoLaw", "VPN down")["id"]!;
        await bridge.WaitForQuietAsync();
        var beforePoll = bridge.Recorder.For(id);
        await bridge.Poller.PollOnceAsync(CancellationToken.None);
        var (change, _) = await bridge.Recorder.WaitForAsync(c => c.TicketId == id && c.Kind == TicketChangeKind.Created);

        Assert.Empty(beforePoll);
        Assert.Equal(1, _sandbox.Callbacks.DroppedCount);
        Assert.Equal(ChangeSource.Poll, change.Source);
    }

    [Fact]
    public async Task SameChange_ByCallbackAndByPoll_OneChange()
    {
        await using var bridge = await IngestHost.StartAsync(_sandbox, _dir, register: true);
        await bridge.Registrar.Reconciled.WaitAsync(TimeSpan.FromSeconds(10));
        await bridge.WaitForPollsAsync();

        _sandbox.State.UpdateTicket(2, t => t.Status("In Progress"));
        await bridge.Recorder.WaitForAsync(c => c.TicketId == 2 && c.Kind == TicketChangeKind.StatusChanged);
        await bridge.Poller.PollOnceAsync(CancellationToken.None);
        await bridge.WaitForQuietAsync();

        var changes = bridge.Recorder.For(2);
        var status = Assert.Single(changes, c => c.Kind == TicketChangeKind.StatusChanged);
        Assert.Equal(("Assigned", "In Progress"), (status.OldValue, status.NewValue));
        Assert.Single(changes, c => c.Kind == TicketChangeKind.Created);
    }

    [Fact]
    public async Task Registration_TwoStartsAndAStaleEntry_ExactlyOneCallbackAtTheBridge()
    {
        await using var cw = ConnectWiseClientHost.For(_sandbox);
        await cw.Api.CreateCallbackAsync(new Bridge.Connectors.ConnectWise.Models.CallbackEntry
        {
            Url = "http://127.0.0.1:1/old?recordId=", Type = "ticket", Level = "owner", ObjectId = 1,
            Description = CallbackRegistrationPlan.Describe("owner", 1),
        });

        int port;
        await using (var first = await IngestHost.StartAsync(_sandbox, _dir, register: true))
        {
            await first.Registrar.Reconciled.WaitAsync(TimeSpan.FromSeconds(10));
            port = first.Port;
        }

        await using var second = await IngestHost.StartAsync(_sandbox, _dir, register: true, port: port);
        await second.Registrar.Reconciled.WaitAsync(TimeSpan.FromSeconds(10));

        var registration = Assert.Single(_sandbox.State.CallbackRegistrations);
        Assert.Equal($"http://127.0.0.1:{port}{second.CallbackPath}", (string?)registration["url"]);
        Assert.Equal("owner", (string?)registration["level"]);
    }

    [Fact]
    public async Task Registration_Boards_OneCallbackPerBoard()
    {
        var extra = new Dictionary<string, string?> { ["Ingest:Boards:0"] = "Service Desk", ["Ingest:Boards:1"] = "2" };
        await using var bridge = await IngestHost.StartAsync(_sandbox, _dir, register: true, extra: extra);
        await bridge.Registrar.Reconciled.WaitAsync(TimeSpan.FromSeconds(10));

        var registrations = _sandbox.State.CallbackRegistrations;
        Assert.Equal(2, registrations.Count);
        Assert.All(registrations, r => Assert.Equal("board", (string?)r["level"]));
        Assert.Equal([1, 2], registrations.Select(r => (int)r["objectId"]!).Order());
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
