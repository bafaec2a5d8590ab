using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.WriteBack;

namespace Bridge.Integration.Tests.WriteBack;

/// <summary>A ConnectWise outage of twenty minutes (test clock) delays the writes, loses none, doubles none, keeps their order.</summary>
public sealed class OutageTests : WriteBackTestBase
{
    [Theory]
    [InlineData(SandboxOutage.ServiceUnavailable)]
    [InlineData(SandboxOutage.ConnectionDropped)]
    public async Task TwentyMinuteOutage_WritesWaitWithBackoff_ThenEveryOneIsAppliedOnceInOrder(SandboxOutage outage)
    {
        await using var bridge = await StartBridgeAsync();
        var writes = Writes;
        Sandbox.Faults.Outage = outage;
        var before = Sandbox.Requests.Count();

        bridge.Write(AcknowledgedP1.Lines(TicketId, Night));
        var end = Clock.GetUtcNow().AddMinutes(20);
        await bridge.DriveUntilAsync(() => Clock.GetUtcNow() >= end, "twenty minutes of outage", step: TimeSpan.FromSeconds(15));

        var duringOutage = Sandbox.Requests.Count() - before;
        Assert.Empty(writes.AcceptedWrites());
        Assert.Equal("New", writes.StatusName);
        Assert.Equal(AcknowledgedP1.Records, bridge.Outbox.OpenRecords().Count);
        // Backing off (capped exponential, the whole outbox paused): a handful of tries in twenty minutes, not hundreds.
        Assert.InRange(duringOutage, 3, 60);

        Sandbox.Faults.Outage = SandboxOutage.None;
        await bridge.DriveUntilSettledAsync(AcknowledgedP1.Records, step: TimeSpan.FromSeconds(15));

        var records = bridge.Outbox.ForTicket(TicketId);
        Assert.True(records.All(r => r.State == OutboxState.Sent), bridge.Describe());
        Assert.Equal(records.OrderBy(r => r.Id).Select(r => r.Kind == OutboxKind.Status ? "status" : r.Key), writes.AcceptedWrites());
        Assert.Equal("Completed", writes.StatusName);
        Assert.Equal(AcknowledgedP1.Notes, writes.Notes.Count);
        Assert.Equal(AcknowledgedP1.ContactAttempts + 1, writes.TimeEntries.Count);
    }

    [Fact]
    public async Task Throttled_RetryAfterLongerThanTheClientWaits_OutboxWaitsThatLongThenWrites()
    {
        await using var bridge = await StartBridgeAsync();
        Sandbox.Faults.FailNext(1, 429, TimeSpan.FromMinutes(3), "time/entries");

        bridge.Write(AcknowledgedP1.Lines(TicketId, Night));
        await bridge.DriveUntilAsync(() => bridge.Outbox.OpenRecords() is [{ State: OutboxState.Failed }, ..], "throttled", step: TimeSpan.Zero);
        var throttled = bridge.Outbox.OpenRecords()[0];
        Assert.Equal(Clock.GetUtcNow().AddMinutes(3), throttled.NextAttemptAt);
        Assert.False(throttled.MayExist);
        await bridge.DriveUntilAsync(() => Clock.GetUtcNow() >= throttled.NextAttemptAt.AddSeconds(-10), "most of the wait", step: TimeSpan.FromSeconds(10));
        Assert.Empty(Writes.AcceptedWrites());

        await bridge.DriveUntilSettledAsync(AcknowledgedP1.Records);

        Assert.Equal(AcknowledgedP1.Records, Writes.AcceptedWrites().Count);
        Assert.Equal(2, bridge.Outbox.ByKey(throttled.Key)!.Attempts);
    }
}
