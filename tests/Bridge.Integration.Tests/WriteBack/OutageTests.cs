using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.WriteBack;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.WriteBack;

/// <summary>A ConnectWise outage of twenty minutes (test clock) delays the writes, loses none, doubles none, keeps their order.</summary>
public sealed class OutageTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Night = new(2026, 3, 3, 7, 10, 0, TimeSpan.Zero);
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _clock = new(Night);
    private SandboxServer _sandbox = null!;
    private int _ticketId;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync();
        _ticketId = (int)_sandbox.State.CreateTicket("ContosoLaw", "Exchange down for the whole office", t => t.Priority(1).Owner("anguyen"))["id"]!;
    }

    [Theory]
    [InlineData(SandboxOutage.ServiceUnavailable)]
    [InlineData(SandboxOutage.ConnectionDropped)]
    public async Task TwentyMinuteOutage_WritesWaitWithBackoff_ThenEveryOneIsAppliedOnceInOrder(SandboxOutage outage)
    {
        await using var bridge = await WriteBackBridge.StartAsync(_sandbox, _dir, _clock);
        var writes = new TicketWrites(_sandbox, _ticketId);
        _sandbox.Faults.Outage = outage;
        var before = _sandbox.Requests.Count();

        bridge.Write(AcknowledgedP1.Lines(_ticketId, Night));
        var end = _clock.GetUtcNow().AddMinutes(20);
        await bridge.DriveUntilAsync(() => _clock.GetUtcNow() >= end, "twenty minutes of outage", step: TimeSpan.FromSeconds(15));

        var duringOutage = _sandbox.Requests.Count() - before;
        Assert.Empty(writes.AcceptedWrites());
        Assert.Equal("New", writes.StatusName);
        Assert.Equal(AcknowledgedP1.Records, bridge.Outbox.OpenRecords().Count);
        // Backing off (capped exponential, the whole outbox paused): a handful of tries in twenty minutes, not hundreds.
        Assert.InRange(duringOutage, 3, 60);

        _sandbox.Faults.Outage = SandboxOutage.None;
        await bridge.DriveUntilSettledAsync(AcknowledgedP1.Records, step: TimeSpan.FromSeconds(15));

        var records = bridge.Outbox.ForTicket(_ticketId);
        Assert.True(records.All(r => r.State == OutboxState.Sent), bridge.Describe());
        Assert.Equal(records.OrderBy(r => r.Id).Select(r => r.Kind == OutboxKind.Status ? "status" : r.Key), writes.AcceptedWrites());
        Assert.Equal("Completed", writes.StatusName);
        Assert.Equal(AcknowledgedP1.Notes, writes.Notes.Count);
        Assert.Equal(AcknowledgedP1.ContactAttempts + 1, writes.TimeEntries.Count);
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
