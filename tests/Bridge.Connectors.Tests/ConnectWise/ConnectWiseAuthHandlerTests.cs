using System.Text;
using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Bridge.Connectors.Tests.ConnectWise;

public sealed class ConnectWiseAuthHandlerTests
{
    /// <summary>A loopback server that echoes the request headers back as lines.</summary>
    private static Task<LoopbackServer> EchoServerAsync() =>
        LoopbackServer.StartAsync(ctx => ctx.Response.WriteAsync(string.Join("\n", ctx.Request.Headers.Select(h => $"{h.Key}: {h.Value}"))));

    private static HttpClient Client(FakeOptionsMonitor<ConnectWiseOptions> monitor) =>
        new(new ConnectWiseAuthHandler(monitor) { InnerHandler = new SocketsHttpHandler() });

    private static Dictionary<string, string> Parse(string echo) =>
        echo.Split('\n').Select(l => l.Split(": ", 2)).ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);

    [Fact]
    public async Task Send_AddsBasicCredentialsClientIdVersionedAcceptAndNoCache()
    {
        await using var server = await EchoServerAsync();
        var monitor = new FakeOptionsMonitor<ConnectWiseOptions>(TestOptions.For(server.ApiBase));
        using var client = Client(monitor);

        var headers = Parse(await client.GetStringAsync(new Uri(server.ApiBase + "system/info")));

        var expected = Convert.ToBase64String(Encoding.UTF8.GetBytes($"acme+PubKey123:{TestOptions.PrivateKey}"));
        Assert.Equal("Basic " + expected, headers["Authorization"]);
        Assert.Equal(TestOptions.ClientId, headers["clientId"]);
        Assert.Equal("application/vnd.connectwise.com+json; version=2025.1", headers["Accept"]);
        Assert.Equal("no-cache", headers["Cache-Control"]);
    }

    [Fact]
    public async Task Send_AfterOptionsReload_UsesTheNewValuesOnTheNextRequest()
    {
        await using var server = await EchoServerAsync();
        var monitor = new FakeOptionsMonitor<ConnectWiseOptions>(TestOptions.For(server.ApiBase));
        using var client = Client(monitor);
        await client.GetStringAsync(new Uri(server.ApiBase + "system/info"));

        var reloaded = TestOptions.For(server.ApiBase);
        reloaded.PublicKey = "RotatedPub";
        reloaded.PrivateKey = "RotatedPriv";
        reloaded.ApiVersion = "2025.2";
        monitor.CurrentValue = reloaded;
        var headers = Parse(await client.GetStringAsync(new Uri(server.ApiBase + "system/info")));

        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("acme+RotatedPub:RotatedPriv")), headers["Authorization"]);
        Assert.Equal("application/vnd.connectwise.com+json; version=2025.2", headers["Accept"]);
    }

    [Fact]
    public async Task Send_ToAnotherOrigin_RefusesAndSendsNothing()
    {
        await using var configured = await EchoServerAsync();
        await using var other = await EchoServerAsync();
        var monitor = new FakeOptionsMonitor<ConnectWiseOptions>(TestOptions.For(configured.ApiBase));
        using var client = Client(monitor);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetStringAsync(new Uri(other.ApiBase + "system/info")));

        Assert.Contains("Refusing to send ConnectWise credentials", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestOptions.PrivateKey, ex.Message, StringComparison.Ordinal);
        Assert.Empty(other.Requests);
    }

    [Fact]
    public async Task Send_CallerAcceptHeader_IsReplacedByTheVersionedOne()
    {
        await using var server = await EchoServerAsync();
        var monitor = new FakeOptionsMonitor<ConnectWiseOptions>(TestOptions.For(server.ApiBase));
        using var client = Client(monitor);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.ApiBase + "system/info"));
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await client.SendAsync(request);
        var headers = Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/vnd.connectwise.com+json; version=2025.1", headers["Accept"]);
    }
}
