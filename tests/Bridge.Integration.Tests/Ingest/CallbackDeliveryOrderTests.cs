using System.Net;
using System.Text.Json;
using Bridge.Connectors.ConnectWise.Models;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Ingest;

namespace Bridge.Integration.Tests.Ingest;

/// <summary>
/// Real signed callbacks captured from the sandbox (a status change, then a priority change on ticket 1) are
/// delivered to fresh bridges in different ways; each must end with the changes of one in-order delivery.
/// </summary>
public sealed class CallbackDeliveryOrderTests : IAsyncLifetime
{
    private const int TicketId = 1;
    private readonly List<TempDirectory> _dirs = [];
    private readonly List<IngestHost> _bridges = [];
    // ConnectWise's clock: the two saves below are a second apart each (saves in one second share a stamp, which is
    // another test's subject, Tenant/SameSecondSaveTests).
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _cwClock = new(DateTimeOffset.UtcNow);
    private SandboxServer _sandbox = null!;
    private CallbackReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = _cwClock });
        _receiver = await CallbackReceiver.StartAsync();
        await using var cw = ConnectWiseClientHost.For(_sandbox);
        await cw.Api.CreateCallbackAsync(new CallbackEntry { Url = new Uri(_receiver.BaseAddress, "cb?id=").ToString(), Type = "ticket", Level = "owner", ObjectId = 1 });
    }

    [Fact]
    public async Task SameCallbackThreeTimes_SameChangesAsOneInOrderDelivery()
    {
        var (inOrder, tripled) = (await StartBridgeAsync(), await StartBridgeAsync());
        var (a, b) = await MakeTwoChangesAsync();

        await DeliverAsync(inOrder, a, b);
        var statuses = new List<HttpStatusCode>();
        foreach (var callback in new[] { a, a, a, b, b, b })
        {
            statuses.Add(await CallbackPoster.PostAsync(tripled, callback));
            await tripled.WaitForQuietAsync();
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(2, tripled.Inbox.Count());
        Assert.Equal(Describe(inOrder), Describe(tripled));
        Assert.Contains(Describe(inOrder), c => c.StartsWith("StatusChanged", StringComparison.Ordinal));
        Assert.Contains(Describe(inOrder), c => c.StartsWith("PriorityChanged", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoCallbacksInReverseOrder_SameChangesAsInOrderDelivery()
    {
        var (inOrder, reversed) = (await StartBridgeAsync(), await StartBridgeAsync());
        var (a, b) = await MakeTwoChangesAsync();

        await DeliverAsync(inOrder, a, b);
        reversed.Processor.Pause();
        Assert.Equal(HttpStatusCode.OK, await CallbackPoster.PostAsync(reversed, b));
        Assert.Equal(HttpStatusCode.OK, await CallbackPoster.PostAsync(reversed, a));
        reversed.Processor.Resume();
        await reversed.WaitForQuietAsync();

        Assert.Equal(Describe(inOrder), Describe(reversed));
    }

    [Fact]
    public async Task ReverseOrderProcessedOneByOne_SameChangesWithoutTheIntermediateVersion()
    {
        var (inOrder, reversed) = (await StartBridgeAsync(), await StartBridgeAsync());
        var (a, b) = await MakeTwoChangesAsync();

        await DeliverAsync(inOrder, a, b);
        await DeliverAsync(reversed, b, a);

        // The older callback arrives after a newer version is held: it is only a hint (a fetch), and adds nothing.
        static List<string> Net(IngestHost h) => h.Recorder.For(TicketId).Select(c => $"{c.Kind} {c.Field} {c.OldValue}->{c.NewValue}").ToList();
        Assert.Equal(Net(inOrder).Order(), Net(reversed).Order());
        Assert.Equal(JsonSerializer.Serialize(inOrder.Recorder.For(TicketId)[^1].Ticket), JsonSerializer.Serialize(reversed.Recorder.For(TicketId)[^1].Ticket));
    }

    private async Task<IngestHost> StartBridgeAsync()
    {
        var dir = new TempDirectory();
        _dirs.Add(dir);
        var bridge = await IngestHost.StartAsync(_sandbox, dir);
        _bridges.Add(bridge);
        await bridge.WaitForPollsAsync();
        return bridge;
    }

    private async Task<(ReceivedCallback A, ReceivedCallback B)> MakeTwoChangesAsync()
    {
        _cwClock.Advance(TimeSpan.FromSeconds(1));
        _sandbox.State.UpdateTicket(TicketId, t => t.Status("Assigned").Owner("anguyen"));
        var a = await _receiver.NextAsync(TimeSpan.FromSeconds(10));
        _cwClock.Advance(TimeSpan.FromSeconds(1));
        _sandbox.State.UpdateTicket(TicketId, t => t.Priority(2));
        var b = await _receiver.NextAsync(TimeSpan.FromSeconds(10));
        return (a, b);
    }

    private static async Task DeliverAsync(IngestHost bridge, params ReceivedCallback[] callbacks)
    {
        foreach (var callback in callbacks)
        {
            Assert.Equal(HttpStatusCode.OK, await CallbackPoster.PostAsync(bridge, callback));
            await bridge.WaitForQuietAsync();
        }
    }

    private static List<string> Describe(IngestHost bridge) =>
        bridge.Recorder.For(TicketId)
            .Select(c => $"{c.Kind} {c.Field} {c.OldValue}->{c.NewValue} @{c.LastUpdated:O} {c.Source}")
            .ToList();

    public async Task DisposeAsync()
    {
        foreach (var bridge in _bridges)
        {
            await bridge.DisposeAsync();
        }

        await _receiver.DisposeAsync();
        await _sandbox.DisposeAsync();
        _dirs.ForEach(d => d.Dispose());
    }
}
