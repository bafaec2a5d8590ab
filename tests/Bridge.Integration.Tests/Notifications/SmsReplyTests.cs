using System.Net;
using Bridge.Connectors.Notifications.Sms;
using Bridge.Integration.Tests.Support;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Integration.Tests.Notifications;

public sealed class SmsReplyTests : IAsyncLifetime
{
    private NotificationHostFixture _host = null!;
    private Incident _incident = null!;

    private IncidentStore Incidents => _host.App.Services.GetRequiredService<IncidentStore>();

    private IncidentState State => Incidents.Get(_incident.Id)!.State;

    public async Task InitializeAsync()
    {
        _host = await NotificationHostFixture.StartAsync();
        var database = _host.App.Services.GetRequiredService<BridgeDatabase>();
        _incident = database.Write(() => Incidents.Insert(new Incident { TicketId = 4711, State = IncidentState.Triggered, Policy = "p1-unassigned", Ticket = new IncidentTicket { Summary = "Exchange down for all users" } }));
        var paged = await _host.Dispatcher.DispatchAsync(NotificationHostFixture.Page(_incident.Key, 1), NotificationHostFixture.Alice, default);
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
        Assert.Contains("<Response><Message>Bridge: Acknowledged ticket #4711. The escalation has stopped. Thank you, alice.</Message></Response>", text);
        var acknowledged = Incidents.Get(_incident.Id)!;
        Assert.Equal((IncidentState.Acknowledged, "alice"), (acknowledged.State, acknowledged.AcknowledgedBy));
        var line = Assert.Single(_host.App.Services.GetRequiredService<IncidentTimeline>().ForIncident(_incident.Key), e => e.Kind == TimelineKind.Acknowledged);
        Assert.Equal("sms", line.Channel);
    }

    [Fact]
    public async Task Inbound_Unsigned_RefusedAndChangesNothing()
    {
        var response = await Reply("ACK", token: null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(IncidentState.Triggered, State);
    }

    [Fact]
    public async Task Inbound_SignedWithAnotherToken_RefusedAndChangesNothing()
    {
        var response = await Reply("ACK", token: "not-the-gateway-token");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(IncidentState.Triggered, State);
    }

    [Fact]
    public async Task Inbound_SignedOtherText_AnswersHelpAndAcknowledgesNothing()
    {
        var response = await Reply("who is this?");

        Assert.Contains("reply ACK (or 1)", await response.Content.ReadAsStringAsync());
        Assert.Equal(IncidentState.Triggered, State);
    }

    [Fact]
    public async Task Inbound_AckFromANumberNeverPaged_AcknowledgesNothing()
    {
        var response = await Reply("ACK", from: "+15550999");

        Assert.Contains("nothing to acknowledge", await response.Content.ReadAsStringAsync());
        Assert.Equal(IncidentState.Triggered, State);
    }

    [Fact]
    public async Task Status_SignedDeliveredReceipt_MarksThePageDelivered()
    {
        var sid = _host.Log.Timeline(_incident.Key).Single().ProviderMessageId!;
        var form = new Dictionary<string, string> { ["MessageSid"] = sid, ["MessageStatus"] = "delivered" };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sms/status") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(TwilioRequestSignature.HeaderName, TwilioRequestSignature.Compute(ChannelsConfig.SmsToken, new Uri(_host.Http.BaseAddress!, "/sms/status").ToString(), form));

        var response = await _host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(DeliveryState.Delivered, _host.Log.Timeline(_incident.Key).Single().State);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
