using System.Net;
using Bridge.Connectors.Notifications.Sms;
using Bridge.Integration.Tests.Support;
using Bridge.Worker.Escalation.Delivery;

namespace Bridge.Integration.Tests.Notifications;

public sealed class SmsReplyTests : IAsyncLifetime
{
    private NotificationHostFixture _host = null!;

    public async Task InitializeAsync()
    {
        _host = await NotificationHostFixture.StartAsync();
        var paged = await _host.Dispatcher.DispatchAsync(NotificationHostFixture.Page("inc-5", 1), NotificationHostFixture.Alice, default);
        Assert.Equal("sms", paged.ReachedVia!.Kind);
    }

    private async Task<HttpResponseMessage> Reply(string body, string from = "+15550101", string? token = ChannelsConfig.SmsToken, string path = "/sms/inbound")
    {
        var form = new Dictionary<string, string> { ["From"] = from, ["To"] = "+15550199", ["Body"] = body, ["MessageSid"] = "SMreply1" };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        if (token is not null)
        {
            request.Headers.Add(TwilioRequestSignature.HeaderName, TwilioRequestSignature.Compute(token, new Uri(_host.Http.BaseAddress!, path).ToString(), form));
        }

        return await _host.Http.SendAsync(request);
    }

    [Theory]
    [InlineData("ACK")]
    [InlineData(" ack ")]
    [InlineData("1")]
    public async Task Inbound_SignedAck_AcknowledgesTheIncidentOfThatPage(string body)
    {
        var response = await Reply(body);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/xml", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("<Response><Message>Bridge: Acknowledged ticket #4711. Thank you.</Message></Response>", text);
        var ack = Assert.Single(_host.Log.Timeline("inc-5"), r => r.State == DeliveryState.Acknowledged);
        Assert.Equal(("sms", "+15550101"), (ack.Kind, ack.Address));
    }

    [Fact]
    public async Task Inbound_Unsigned_RefusedAndChangesNothing()
    {
        var response = await Reply("ACK", token: null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(_host.Log.Timeline("inc-5"), r => r.State == DeliveryState.Acknowledged);
    }

    [Fact]
    public async Task Inbound_SignedWithAnotherToken_RefusedAndChangesNothing()
    {
        var response = await Reply("ACK", token: "not-the-gateway-token");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(_host.Log.Timeline("inc-5"), r => r.State == DeliveryState.Acknowledged);
    }

    [Fact]
    public async Task Inbound_SignedOtherText_AnswersHelpAndAcknowledgesNothing()
    {
        var response = await Reply("who is this?");

        Assert.Contains("reply ACK (or 1)", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(_host.Log.Timeline("inc-5"), r => r.State == DeliveryState.Acknowledged);
    }

    [Fact]
    public async Task Inbound_AckFromANumberNeverPaged_AcknowledgesNothing()
    {
        var response = await Reply("ACK", from: "+15550999");

        Assert.Contains("nothing to acknowledge", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(_host.Log.Timeline("inc-5"), r => r.State == DeliveryState.Acknowledged);
    }

    [Fact]
    public async Task Status_SignedDeliveredReceipt_MarksThePageDelivered()
    {
        var sid = _host.Log.Timeline("inc-5").Single().ProviderMessageId!;
        var form = new Dictionary<string, string> { ["MessageSid"] = sid, ["MessageStatus"] = "delivered" };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sms/status") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(TwilioRequestSignature.HeaderName, TwilioRequestSignature.Compute(ChannelsConfig.SmsToken, new Uri(_host.Http.BaseAddress!, "/sms/status").ToString(), form));

        var response = await _host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(DeliveryState.Delivered, _host.Log.Timeline("inc-5").Single().State);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
