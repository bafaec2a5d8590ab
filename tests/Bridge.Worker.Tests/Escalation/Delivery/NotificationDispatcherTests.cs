using Bridge.Connectors.Notifications;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Escalation.Delivery;

public abstract class NotificationDispatcherTests(StorageProvider provider)
{
    [Fact]
    public async Task DispatchAsync_FirstMethodAccepts_SendsOnlyThere()
    {
        var sms = new FakeChannel(ChannelKinds.Sms);
        var email = new FakeChannel(ChannelKinds.Email);
        using var f = new DeliveryFixture(provider, sms, email);

        var result = await f.Dispatcher.DispatchAsync(DeliveryFixture.Page(), DeliveryFixture.Alice(("sms", "+1 555 0101"), ("email", "alice@msp.example")), default);

        Assert.Equal(DispatchStatus.Sent, result.Status);
        Assert.Equal("sms", result.ReachedVia!.Kind);
        Assert.Single(sms.Sent);
        Assert.Empty(email.Sent);
        Assert.Equal("+15550101", sms.Sent[0].To.Address);
        Assert.Contains("https://bridge.example.com/a/ack-token", sms.Sent[0].Page.Body);
        var record = Assert.Single(f.Log.Timeline("inc-1"));
        Assert.Equal((DeliveryState.Sent, "fake-1", 1), (record.State, record.ProviderMessageId, record.Step));
    }

    [Theory]
    [InlineData(DeliveryStatus.Failed)]
    [InlineData(DeliveryStatus.Unknown)]
    public async Task DispatchAsync_FirstMethodDoesNotGetThrough_FailsOverAtOnceAndRecordsBoth(DeliveryStatus first)
    {
        var sms = new FakeChannel(ChannelKinds.Sms).Then(new DeliveryResult(first, Reason: "gateway trouble", IsTransient: true));
        var email = new FakeChannel(ChannelKinds.Email);
        using var f = new DeliveryFixture(provider, sms, email);

        var result = await f.Dispatcher.DispatchAsync(DeliveryFixture.Page(), DeliveryFixture.Alice(("sms", "+15550101"), ("email", "alice@msp.example")), default);

        Assert.Equal(DispatchStatus.Sent, result.Status);
        Assert.Equal("email", result.ReachedVia!.Kind);
        var timeline = f.Log.Timeline("inc-1");
        Assert.Equal(["sms", "email"], timeline.Select(r => r.Kind));
        Assert.Equal(first == DeliveryStatus.Failed ? DeliveryState.Failed : DeliveryState.Unknown, timeline[0].State);
        Assert.Equal("gateway trouble", timeline[0].Reason);
        Assert.Equal(DeliveryState.Sent, timeline[1].State);
        Assert.All(timeline, r => Assert.Equal(1, r.Step));
        Assert.StartsWith("[P1] Ticket #4711", email.Sent.Single().Page.Subject, StringComparison.Ordinal);
        Assert.Equal(1, f.Meters.Sum("bridge.pages", ("channel", "sms"), ("result", first == DeliveryStatus.Failed ? "failed" : "unknown")));
        Assert.Equal(1, f.Meters.Sum("bridge.pages", ("channel", "email"), ("result", "sent")));
    }

    [Fact]
    public async Task DispatchAsync_SamePageAgainAfterItWasSent_SendsNothing()
    {
        var sms = new FakeChannel(ChannelKinds.Sms);
        using var f = new DeliveryFixture(provider, sms);
        var alice = DeliveryFixture.Alice(("sms", "+15550101"));
        await f.Dispatcher.DispatchAsync(DeliveryFixture.Page(), alice, default);

        var again = await f.Dispatcher.DispatchAsync(DeliveryFixture.Page(), alice, default);
        var repeat = await f.Dispatcher.DispatchAsync(DeliveryFixture.Page(dedupKey: "inc-1:1:alice:1"), alice, default);

        Assert.Equal(DispatchStatus.AlreadySent, again.Status);
        Assert.Empty(again.Attempts);
        Assert.Equal(DispatchStatus.Sent, repeat.Status);
        Assert.Equal(2, sms.Sent.Count);
        Assert.Equal(2, f.Meters.Sum("bridge.pages", ("channel", "sms"), ("result", "sent")));
        Assert.Equal(1, f.Meters.Sum("bridge.pages", ("channel", "sms"), ("result", "already_sent")));
    }

    [Fact]
    public async Task DispatchAsync_EarlierAttemptUnknown_DoesNotResendThroughThatMethod()
    {
        var sms = new FakeChannel(ChannelKinds.Sms).Then(DeliveryResult.Unknown("timeout"));
        var email = new FakeChannel(ChannelKinds.Email) { Default = DeliveryResult.Failed("smtp down", true) };
        using var f = new DeliveryFixture(provider, sms, email);
        var alice = DeliveryFixture.Alice(("sms", "+15550101"), ("email", "alice@msp.example"));
        await f.Dispatcher.DispatchAsync(DeliveryFixture.Page(), alice, default);

        var retry = await f.Dispatcher.DispatchAsync(DeliveryFixture.Page(), alice, default);

        Assert.Single(sms.Sent);
        Assert.Equal(2, email.Sent.Count);
        Assert.Equal(DispatchStatus.AllFailed, retry.Status);
        Assert.Equal(1, f.Meters.Sum("bridge.pages", ("channel", "sms"), ("result", "skipped")));
    }

    [Fact]
    public async Task DispatchAsync_MethodWithoutConfiguredChannel_IsRecordedAndSkipped()
    {
        var teams = new FakeChannel(ChannelKinds.Teams, configured: false);
        var email = new FakeChannel(ChannelKinds.Email);
        using var f = new DeliveryFixture(provider, teams, email);

        var result = await f.Dispatcher.DispatchAsync(DeliveryFixture.Page(), DeliveryFixture.Alice(("teams", ""), ("pager", "x"), ("email", "alice@msp.example")), default);

        Assert.Equal("email", result.ReachedVia!.Kind);
        Assert.Empty(teams.Sent);
        Assert.Equal(["no teams channel is configured", "no pager channel is configured", null], f.Log.Timeline("inc-1").Select(r => r.Reason));
        Assert.Empty(f.Health.Failing());
    }

    [Fact]
    public async Task DispatchAsync_NoMethods_ReportsIt()
    {
        using var f = new DeliveryFixture(provider, new FakeChannel(ChannelKinds.Email));

        var result = await f.Dispatcher.DispatchAsync(DeliveryFixture.Page(), DeliveryFixture.Alice(), default);

        Assert.Equal(DispatchStatus.NoContactMethods, result.Status);
    }

    [Fact]
    public async Task DispatchAsync_ChannelThrows_TreatedAsUnknownAndFailsOver()
    {
        var email = new FakeChannel(ChannelKinds.Email);
        using var f = new DeliveryFixture(provider, new ThrowingChannel(), email);

        var result = await f.Dispatcher.DispatchAsync(DeliveryFixture.Page(), DeliveryFixture.Alice(("slack", ""), ("email", "alice@msp.example")), default);

        Assert.Equal("email", result.ReachedVia!.Kind);
        Assert.Equal(DeliveryState.Unknown, f.Log.Timeline("inc-1")[0].State);
    }

    private sealed class ThrowingChannel : INotificationChannel
    {
        public string Kind => ChannelKinds.Slack;

        public bool IsConfigured => true;

        public Task<DeliveryResult> SendAsync(Notification notification, ContactAddress to, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("bug");
    }
}

public sealed class NotificationDispatcherOnLiteDbTests() : NotificationDispatcherTests(StorageProvider.LiteDb);

public sealed class NotificationDispatcherOnPostgreSqlTests() : NotificationDispatcherTests(StorageProvider.PostgreSql);
