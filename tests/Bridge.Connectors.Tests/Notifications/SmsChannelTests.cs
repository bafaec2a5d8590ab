using System.Net;
using System.Text;
using Bridge.Connectors.Notifications;
using Bridge.Connectors.Notifications.Sms;
using Bridge.Connectors.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Bridge.Connectors.Tests.Notifications;

public sealed class SmsChannelTests
{
    private const string Token = "sms-auth-Token-789";

    private static ChannelTestHost Host(LoopbackServer gateway, TimeSpan? timeout = null) => new(o => o.Sms = new SmsChannelOptions
    {
        BaseUrl = gateway.BaseUri.ToString(),
        AccountSid = "AC0123",
        AuthToken = Token,
        From = "+15550199",
        StatusCallbackUrl = "https://bridge.example.com/sms/status",
        Timeout = timeout ?? TimeSpan.FromSeconds(5),
    });

    [Fact]
    public async Task SendAsync_GatewayCreates_PostsTwilioFormWithBasicAuthAndReturnsSid()
    {
        await using var gateway = await LoopbackServer.StartAsync(async c =>
        {
            c.Response.StatusCode = 201;
            await c.Response.WriteAsJsonAsync(new { sid = "SM1f2e3d", status = "queued" });
        });
        using var host = Host(gateway);

        var result = await host.Channel(ChannelKinds.Sms).SendAsync(TestPages.Page() with { Body = "P1 #123456 ack " + TestPages.Ack }, new ContactAddress("+1 (555) 010-0200"), default);

        Assert.Equal(DeliveryResult.Sent("SM1f2e3d"), result);
        var request = Assert.Single(gateway.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/2010-04-01/Accounts/AC0123/Messages.json", request.PathAndQuery);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("AC0123:" + Token)), request.Headers["Authorization"]);
        Assert.StartsWith("application/x-www-form-urlencoded", request.Headers["Content-Type"]);
        var form = QueryHelpers(request.Body);
        Assert.Equal("+15550100200", form["To"]);
        Assert.Equal("+15550199", form["From"]);
        Assert.Equal("P1 #123456 ack " + TestPages.Ack, form["Body"]);
        Assert.Equal("https://bridge.example.com/sms/status", form["StatusCallback"]);
    }

    [Fact]
    public async Task SendAsync_Gateway500_FailsTransientAndIsNotRetried()
    {
        await using var gateway = await LoopbackServer.StartAsync(c =>
        {
            c.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        using var host = Host(gateway);

        var result = await host.Channel(ChannelKinds.Sms).SendAsync(TestPages.Page(), new ContactAddress("+15550100"), default);

        Assert.Equal(DeliveryStatus.Failed, result.Status);
        Assert.True(result.IsTransient);
        Assert.Single(gateway.Requests);
    }

    [Fact]
    public async Task SendAsync_GatewaySilent_IsUnknownAfterTheTimeoutAndNotRetried()
    {
        await using var gateway = await LoopbackServer.StartAsync(c => Task.Delay(TimeSpan.FromSeconds(10), c.RequestAborted));
        using var host = Host(gateway, TimeSpan.FromSeconds(1));

        var result = await host.Channel(ChannelKinds.Sms).SendAsync(TestPages.Page(), new ContactAddress("+15550100"), default);

        Assert.True(result.Status == DeliveryStatus.Unknown, result.Reason);
        // The request left before the timeout; on a loaded machine the gateway may record it a moment after the
        // client gave up (bounded wait for that record, then exactly one).
        var recorded = System.Diagnostics.Stopwatch.StartNew();
        while (gateway.Requests.IsEmpty && recorded.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }

        Assert.Single(gateway.Requests);
    }

    [Fact]
    public async Task SendAsync_GatewayRefusesNumber_FailsForGoodWithCodeAndNoToken()
    {
        await using var gateway = await LoopbackServer.StartAsync(async c =>
        {
            c.Response.StatusCode = 400;
            await c.Response.WriteAsJsonAsync(new { code = 21211, message = "The 'To' number is not valid.", status = 400 });
        });
        using var host = Host(gateway);

        var result = await host.Channel(ChannelKinds.Sms).SendAsync(TestPages.Page(), new ContactAddress("+15550100"), default);

        Assert.Equal(DeliveryStatus.Failed, result.Status);
        Assert.False(result.IsTransient);
        Assert.Contains("21211", result.Reason);
        Assert.DoesNotContain(Token, result.Reason + host.AllLogText);
        Assert.DoesNotContain("+15550100", host.AllLogText);
    }

    private static Dictionary<string, string> QueryHelpers(string body) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(body).ToDictionary(p => p.Key, p => p.Value.ToString());
}
