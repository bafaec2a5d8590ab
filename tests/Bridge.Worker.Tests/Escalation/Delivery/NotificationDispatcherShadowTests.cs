using Bridge.Connectors.Notifications;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Kernel;
using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bridge.Worker.Tests.Escalation.Delivery;

public abstract class NotificationDispatcherShadowTests(StorageProvider provider)
{
    private static NotificationDispatcher Shadow(DeliveryFixture f) =>
        new(f.Channels, new MessageComposer(new TestOptionsMonitor<NotificationOptions>(f.Options)), f.Log, f.Health, f.Meters.Bridge(f.Time), f.Time, NullLoggerFactory.Instance,
            new TestOptionsMonitor<BridgeModeOptions>(new BridgeModeOptions { Mode = BridgeMode.Shadow }));

    [Fact]
    public async Task DispatchAsync_ShadowMode_RecordsWhatWouldBeSentAndCallsNoChannel()
    {
        var sms = new FakeChannel(ChannelKinds.Sms);
        var email = new FakeChannel(ChannelKinds.Email);
        using var f = new DeliveryFixture(provider, sms, email);

        var result = await Shadow(f).DispatchAsync(DeliveryFixture.Page(), DeliveryFixture.Alice(("sms", "+15550101"), ("email", "alice@msp.example")), default);

        Assert.Equal((DispatchStatus.Sent, "sms"), (result.Status, result.ReachedVia!.Kind));
        Assert.Empty(sms.Sent);
        Assert.Empty(email.Sent);
        var record = Assert.Single(f.Log.Timeline("inc-1"));
        Assert.Equal((DeliveryState.Shadow, "+15550101"), (record.State, record.Address));
        Assert.False(record.Reached);
        Assert.Equal(1, f.Meters.Sum("bridge.pages", ("channel", "sms"), ("result", "shadow")));
        Assert.Equal(0, f.Meters.Sum("bridge.pages", ("result", "sent")));
    }

    [Fact]
    public async Task DispatchAsync_ShadowModeSamePageAgain_RecordedOnce()
    {
        var sms = new FakeChannel(ChannelKinds.Sms);
        using var f = new DeliveryFixture(provider, sms);
        var dispatcher = Shadow(f);
        var alice = DeliveryFixture.Alice(("sms", "+15550101"));
        await dispatcher.DispatchAsync(DeliveryFixture.Page(), alice, default);

        var again = await dispatcher.DispatchAsync(DeliveryFixture.Page(), alice, default);

        Assert.Equal(DispatchStatus.AlreadySent, again.Status);
        Assert.Single(f.Log.Timeline("inc-1"));
        Assert.Empty(sms.Sent);
    }
}

public sealed class NotificationDispatcherShadowOnLiteDbTests() : NotificationDispatcherShadowTests(StorageProvider.LiteDb);

public sealed class NotificationDispatcherShadowOnPostgreSqlTests() : NotificationDispatcherShadowTests(StorageProvider.PostgreSql);
