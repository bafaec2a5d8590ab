using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Bridge.Connectors.Notifications;
using Bridge.Connectors.Notifications.Webhook;
using Bridge.Connectors.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Connectors.Tests.Notifications;

public sealed class WebhookChannelTests
{
    private const string Secret = "webhook-Secret-0123456789";
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 7, 30, 0, TimeSpan.Zero);

    private static ChannelTestHost Host(string url, TimeProvider? time = null) => new(
        o => o.Webhook = new WebhookChannelOptions { Url = url, Secret = Secret, Timeout = TimeSpan.FromSeconds(5) },
        time ?? new FakeTimeProvider(Now));

    [Fact]
    public async Task SendAsync_Post_IsSignedOverTimestampAndBody()
    {
        await using var server = await LoopbackServer.StartAsync(c => { c.Response.StatusCode = 204; return Task.CompletedTask; });
        using var host = Host(new Uri(server.BaseUri, "hooks/bridge").ToString());

        var result = await host.Channel(ChannelKinds.Webhook).SendAsync(TestPages.Page(), new ContactAddress("U123", "alice", "Alice"), default);

        Assert.Equal(DeliveryStatus.Sent, result.Status);
        var request = Assert.Single(server.Requests);
        var timestamp = request.Headers[WebhookSignature.TimestampHeader];
        Assert.Equal(Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), timestamp);
        var body = Encoding.UTF8.GetBytes(request.Body);
        Assert.True(WebhookSignature.Verify(Secret, timestamp, body, request.Headers[WebhookSignature.SignatureHeader]));
        Assert.False(WebhookSignature.Verify("some-other-secret-value", timestamp, body, request.Headers[WebhookSignature.SignatureHeader]));
        Assert.Equal(IndependentSignature(timestamp, request.Body), request.Headers[WebhookSignature.SignatureHeader]);
        Assert.Equal("inc-42:2:alice:0", request.Headers[WebhookSignature.IdempotencyHeader]);
    }

    [Fact]
    public async Task SendAsync_Post_BodyCarriesIncidentTicketPersonStepAndActions()
    {
        await using var server = await LoopbackServer.StartAsync(c => { c.Response.StatusCode = 200; return Task.CompletedTask; });
        using var host = Host(new Uri(server.BaseUri, "hooks/bridge").ToString());

        await host.Channel(ChannelKinds.Webhook).SendAsync(TestPages.Page(), new ContactAddress("U123", "alice", "Alice"), default);

        using var json = JsonDocument.Parse(Assert.Single(server.Requests).Body);
        var root = json.RootElement;
        Assert.Equal("page", root.GetProperty("type").GetString());
        Assert.Equal("inc-42", root.GetProperty("incident").GetProperty("id").GetString());
        Assert.Equal(2, root.GetProperty("step").GetInt32());
        Assert.Equal(123456, root.GetProperty("ticket").GetProperty("id").GetInt64());
        Assert.Equal(TestPages.Page().Summary, root.GetProperty("ticket").GetProperty("summary").GetString());
        Assert.Equal("2026-11-24T07:45:00.0000000+00:00", root.GetProperty("ticket").GetProperty("dueAt").GetString());
        Assert.Equal("alice", root.GetProperty("person").GetProperty("id").GetString());
        Assert.Equal("U123", root.GetProperty("person").GetProperty("address").GetString());
        Assert.Equal(TestPages.Ack, new Uri(root.GetProperty("actions").GetProperty("acknowledge").GetString()!));
        Assert.Equal(TestPages.Escalate, new Uri(root.GetProperty("actions").GetProperty("escalate").GetString()!));
        Assert.Equal(TestPages.Resolve, new Uri(root.GetProperty("actions").GetProperty("resolve").GetString()!));
    }

    [Fact]
    public async Task SendAsync_Notice_CarriesPersonAndMessageOnly()
    {
        await using var server = await LoopbackServer.StartAsync(c => { c.Response.StatusCode = 204; return Task.CompletedTask; });
        using var host = Host(new Uri(server.BaseUri, "hooks/bridge").ToString());
        var notice = new Notification { IncidentId = "", TicketId = 0, Subject = "Bridge well again", Body = "ConnectWise answers again.", IsNotice = true, Links = ActionLinks.None, DedupKey = "alarm:cw:1:alice" };

        await host.Channel(ChannelKinds.Webhook).SendAsync(notice, new ContactAddress("U123", "alice", "Alice"), default);

        using var json = JsonDocument.Parse(Assert.Single(server.Requests).Body);
        Assert.Equal(["type", "sentAt", "dedupKey", "person", "message"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("notice", json.RootElement.GetProperty("type").GetString());
        Assert.Equal("ConnectWise answers again.", json.RootElement.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public async Task SendAsync_NothingListening_FailsTransientAfterSafeRetries()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)socket.LocalEndPoint!).Port; // bound, never listening: connections are refused
        using var host = Host($"http://127.0.0.1:{port}/hooks", TimeProvider.System);

        var result = await host.Channel(ChannelKinds.Webhook).SendAsync(TestPages.Page(), new ContactAddress("U123"), default);

        Assert.Equal(DeliveryStatus.Failed, result.Status);
        Assert.True(result.IsTransient);
        Assert.Contains(host.Logs.Entries, e => e.EventId == 7000);
        Assert.DoesNotContain(Secret, host.AllLogText);
    }

    private static string IndependentSignature(string timestamp, string body)
    {
        using var hmac = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes(Secret));
        return "sha256=" + Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "." + body))).ToLowerInvariant();
    }
}
