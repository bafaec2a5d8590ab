using Bridge.Connectors.Notifications;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Tests.Support;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bridge.Worker.Tests.Escalation.Delivery;

public sealed class ChannelHealthTests
{
    private static async Task<HealthCheckResult> Check(DeliveryFixture f) =>
        await new ChannelHealthCheck(f.Channels, f.Health).CheckHealthAsync(new HealthCheckContext());

    [Fact]
    public async Task Check_ChannelFailedThresholdTimesInARow_DegradedNamingIt()
    {
        using var f = new DeliveryFixture(new FakeChannel(ChannelKinds.Sms), new FakeChannel(ChannelKinds.Email));

        f.Health.Record("sms", DeliveryResult.Failed("answered 500", true));
        var belowThreshold = await Check(f);
        f.Health.Record("sms", DeliveryResult.Unknown("timeout"));
        var atThreshold = await Check(f);

        Assert.Equal(HealthStatus.Healthy, belowThreshold.Status);
        Assert.Equal(HealthStatus.Degraded, atThreshold.Status);
        Assert.Contains("sms failed 2 times in a row", atThreshold.Description);
    }

    [Fact]
    public async Task Check_EveryConfiguredChannelFailing_Unhealthy()
    {
        using var f = new DeliveryFixture(new FakeChannel(ChannelKinds.Sms), new FakeChannel(ChannelKinds.Slack, configured: false));

        f.Health.Record("sms", DeliveryResult.Failed("x", true));
        f.Health.Record("sms", DeliveryResult.Failed("x", true));

        Assert.Equal(HealthStatus.Unhealthy, (await Check(f)).Status);
    }

    [Fact]
    public async Task Check_OneSuccessAfterFailures_HealthyAgain()
    {
        using var f = new DeliveryFixture(new FakeChannel(ChannelKinds.Sms));
        f.Health.Record("sms", DeliveryResult.Failed("x", true));
        f.Health.Record("sms", DeliveryResult.Failed("x", true));

        f.Health.Record("sms", DeliveryResult.Sent("SM1"));

        Assert.Equal(HealthStatus.Healthy, (await Check(f)).Status);
    }

    [Fact]
    public async Task DispatchAsync_RepeatedGatewayFailures_ShowOnTheCheck()
    {
        var sms = new FakeChannel(ChannelKinds.Sms) { Default = DeliveryResult.Failed("answered 500", true) };
        using var f = new DeliveryFixture(sms, new FakeChannel(ChannelKinds.Email));
        var alice = DeliveryFixture.Alice(("sms", "+15550101"), ("email", "a@msp.example"));

        await f.Dispatcher.DispatchAsync(DeliveryFixture.Page("k1"), alice, default);
        await f.Dispatcher.DispatchAsync(DeliveryFixture.Page("k2"), alice, default);

        var result = await Check(f);
        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains("sms", result.Description);
    }
}
