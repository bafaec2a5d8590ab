using Bridge.Connectors.Notifications;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Escalation.Delivery;

public abstract class DeliveryLogRepositoryTests(StorageProvider provider)
{
    [Fact]
    public async Task ApplyReceipt_MovesForwardOnly()
    {
        using var f = new DeliveryFixture(provider, new FakeChannel(ChannelKinds.Sms) { Default = DeliveryResult.Sent("SM9") });
        await f.Dispatcher.DispatchAsync(DeliveryFixture.Page(), DeliveryFixture.Alice(("sms", "+15550101")), default);

        var delivered = f.Log.ApplyReceipt("sms", "SM9", DeliveryState.Delivered, f.Time.GetUtcNow());
        var late = f.Log.ApplyReceipt("sms", "SM9", DeliveryState.Sent, f.Time.GetUtcNow());
        var unknownSid = f.Log.ApplyReceipt("sms", "SM0", DeliveryState.Delivered, f.Time.GetUtcNow());

        Assert.NotNull(delivered);
        Assert.Null(late);
        Assert.Null(unknownSid);
        Assert.Equal(DeliveryState.Delivered, Assert.Single(f.Log.Timeline("inc-1")).State);
    }

    [Fact]
    public async Task ForPage_OtherPagesAndIncidentsInTheLog_ReturnsOnlyThatPagesAttemptsOldestFirst()
    {
        var sms = new FakeChannel(ChannelKinds.Sms) { Default = DeliveryResult.Failed("rejected", transient: false) };
        using var f = new DeliveryFixture(provider, sms, new FakeChannel(ChannelKinds.Email));
        var alice = DeliveryFixture.Alice(("sms", "+15550101"), ("email", "alice@example.com"));
        await f.Dispatcher.DispatchAsync(DeliveryFixture.Page("inc-1:1:alice:0", "inc-1"), alice, default);
        await f.Dispatcher.DispatchAsync(DeliveryFixture.Page("inc-1:1:alice:1", "inc-1"), alice, default);
        await f.Dispatcher.DispatchAsync(DeliveryFixture.Page("inc-1:1:alice:0", "inc-2"), alice, default);

        var attempts = f.Log.ForPage("inc-1", "inc-1:1:alice:0");

        Assert.Equal(["sms", "email"], attempts.Select(a => a.Kind));
        Assert.All(attempts, a => Assert.Equal(("inc-1", "inc-1:1:alice:0"), (a.IncidentId, a.DedupKey)));
    }

    [Fact]
    public async Task LatestReached_TwoIncidentsPagedToTheSameNumber_ReturnsTheLatest()
    {
        using var f = new DeliveryFixture(provider, new FakeChannel(ChannelKinds.Sms));
        var alice = DeliveryFixture.Alice(("sms", "+15550101"));
        await f.Dispatcher.DispatchAsync(DeliveryFixture.Page("a", "inc-1"), alice, default);
        await f.Dispatcher.DispatchAsync(DeliveryFixture.Page("b", "inc-2"), alice, default);

        Assert.Equal("inc-2", f.Log.LatestReached("sms", "+15550101")!.IncidentId);
        Assert.Null(f.Log.LatestReached("sms", "+15550999"));
    }

    [Fact]
    public async Task Acknowledge_Twice_RecordedOnceInTheTimeline()
    {
        using var f = new DeliveryFixture(provider, new FakeChannel(ChannelKinds.Sms));
        await f.Dispatcher.DispatchAsync(DeliveryFixture.Page(), DeliveryFixture.Alice(("sms", "+15550101")), default);

        var first = await f.Acks.AcknowledgeAsync("inc-1", "+15550101", "sms", default);
        var second = await f.Acks.AcknowledgeAsync("inc-1", "+15550101", "sms", default);
        var missing = await f.Acks.AcknowledgeAsync("inc-404", "+15550101", "sms", default);

        Assert.Equal((AckStatus.Acknowledged, AckStatus.AlreadyAcknowledged, AckStatus.NotFound), (first.Status, second.Status, missing.Status));
        Assert.Single(f.Log.Timeline("inc-1"), r => r.State == DeliveryState.Acknowledged);
    }
}

public sealed class DeliveryLogRepositoryOnLiteDbTests() : DeliveryLogRepositoryTests(StorageProvider.LiteDb);

public sealed class DeliveryLogRepositoryOnPostgreSqlTests() : DeliveryLogRepositoryTests(StorageProvider.PostgreSql);
