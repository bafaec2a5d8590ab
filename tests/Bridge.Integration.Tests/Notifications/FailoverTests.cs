using System.Text.Json;
using Bridge.Worker.Escalation.Delivery;
using MimeKit;

namespace Bridge.Integration.Tests.Notifications;

public sealed class FailoverTests : IAsyncLifetime
{
    private NotificationHostFixture _host = null!;

    public async Task InitializeAsync() => _host = await NotificationHostFixture.StartAsync();

    [Fact]
    public async Task Dispatch_SmsGateway500ThenTimeout_FailsOverToEmailWithinTheStepAndTimelineShowsBoth()
    {
        _host.Sms
            .Then(c => { c.Response.StatusCode = 500; return Task.CompletedTask; })
            .Then(c => Task.Delay(TimeSpan.FromSeconds(10), c.RequestAborted));

        var first = await _host.Dispatcher.DispatchAsync(NotificationHostFixture.Page("inc-7", 1), NotificationHostFixture.Alice, default);
        var second = await _host.Dispatcher.DispatchAsync(NotificationHostFixture.Page("inc-7", 2), NotificationHostFixture.Alice, default);

        Assert.Equal((DispatchStatus.Sent, "email"), (first.Status, first.ReachedVia!.Kind));
        Assert.Equal((DispatchStatus.Sent, "email"), (second.Status, second.ReachedVia!.Kind));
        var timeline = _host.Log.Timeline("inc-7");
        Assert.Equal(
            [(1, "sms", DeliveryState.Failed), (1, "email", DeliveryState.Sent), (2, "sms", DeliveryState.Unknown), (2, "email", DeliveryState.Sent)],
            timeline.Select(r => (r.Step, r.Kind, r.State)));
        Assert.Contains("500", timeline[0].Reason);
        Assert.Contains("no answer", timeline[2].Reason);
        Assert.Equal(2, _host.Sms.Received.Count);

        var mails = _host.Smtp.Messages.Select(m => MimeMessage.Load(new MemoryStream(m.Data))).ToList();
        Assert.Equal(2, mails.Count);
        Assert.All(mails, m => Assert.Equal("[P1] Ticket #4711 Contoso: Exchange down for all users", m.Subject));
        Assert.Contains("https://bridge.example.com/ack/inc-7?t=ack-2", mails[1].TextBody);
    }

    [Fact]
    public async Task Ready_SmsKeepsFailing_ChannelsCheckDegradedNamingSms()
    {
        _host.Sms
            .Then(c => { c.Response.StatusCode = 500; return Task.CompletedTask; })
            .Then(c => { c.Response.StatusCode = 503; return Task.CompletedTask; });
        await _host.Dispatcher.DispatchAsync(NotificationHostFixture.Page("inc-8", 1), NotificationHostFixture.Alice, default);
        await _host.Dispatcher.DispatchAsync(NotificationHostFixture.Page("inc-9", 1), NotificationHostFixture.Alice, default);

        var ready = await _host.Http.GetAsync("/health/ready");
        var channels = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").GetProperty("channels");

        Assert.Equal("Degraded", channels.GetProperty("status").GetString());
        Assert.Contains("sms failed 2 times in a row", channels.GetProperty("detail").GetString());
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
