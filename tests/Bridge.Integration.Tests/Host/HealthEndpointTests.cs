using System.Net;
using System.Text.Json;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Cli;
using Bridge.Worker.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Bridge.Integration.Tests.Host;

public sealed class HealthEndpointTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedSampleData = false });

    private async Task<(WebApplication App, HttpClient Http)> StartBridge()
    {
        var app = BridgeApplication.Build(BridgeCommand.Parse(["--config", _dir.Path], _dir.Path));
        await app.StartAsync();
        var http = ConsoleClient.For(app);
        return (app, http);
    }

    [Fact]
    public async Task Ready_StorageAndSandboxUp_IsHealthy()
    {
        SandboxConfig.WriteFor(_dir, _sandbox);
        var (app, http) = await StartBridge();
        await using var _ = app;

        var live = await http.GetAsync("/health");
        var ready = await http.GetAsync("/health/ready");
        var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("connectwise").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_WrongPrivateKey_UnhealthyWithoutRevealingKey()
    {
        SandboxConfig.WriteFor(_dir, _sandbox, privateKey: "wrong-private-key-value");
        var (app, http) = await StartBridge();
        await using var _ = app;

        var live = await http.GetAsync("/health");
        var ready = await http.GetAsync("/health/ready");
        var text = await ready.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(text).RootElement;

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("connectwise").GetProperty("status").GetString());
        Assert.Contains("401", body.GetProperty("checks").GetProperty("connectwise").GetProperty("detail").GetString());
        Assert.DoesNotContain("wrong-private-key-value", text);
    }

    [Fact]
    public async Task Ready_ConnectWiseDown_UnhealthyButLive()
    {
        SandboxConfig.WriteFor(_dir, _sandbox);
        await _sandbox.DisposeAsync();
        var (app, http) = await StartBridge();
        await using var _ = app;

        var live = await http.GetAsync("/health");
        var ready = await http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("not reachable", await ready.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
