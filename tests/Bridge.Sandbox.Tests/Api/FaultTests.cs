using System.Diagnostics;
using System.Net;
using Bridge.Sandbox.Tests.Support;

namespace Bridge.Sandbox.Tests.Api;

public sealed class FaultTests : IAsyncLifetime
{
    private SandboxServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await SandboxServer.StartAsync();
        _client = _server.CreateApiClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task FailNext_429WithPathFilter_ThrottlesOnlyMatchingRequestsThenRecovers()
    {
        _server.Faults.FailNext(2, 429, TimeSpan.FromSeconds(1.5), "service/tickets");

        using var first = await _client.GetAsync("service/tickets");
        using var other = await _client.GetAsync("system/members");
        using var second = await _client.GetAsync("service/tickets/1");
        using var third = await _client.GetAsync("service/tickets");

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), first.Headers.RetryAfter!.Delta);
        Assert.Equal("Too many requests. Please try again in 2 seconds.", (string)(await first.JsonAsync())!["message"]!);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(0, _server.Faults.PendingFailures);
        Assert.Equal(2, _server.Requests.Count(r => r.StatusCode == 429));
    }

    [Fact]
    public async Task FailNext_500_AnswersConnectWiseErrorEvenBeforeAuthentication()
    {
        _server.Faults.FailNext(1, 500);
        using var anonymous = Http.Anonymous(_server);

        using var failed = await anonymous.GetAsync("service/tickets");
        using var after = await anonymous.GetAsync("service/tickets");

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal("ConnectWiseApi", (string)(await failed.JsonAsync())!["code"]!);
        Assert.False(failed.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task FailNext_TwoRules_ApplyInOrder()
    {
        _server.Faults.FailNext(1, 503);
        _server.Faults.FailNext(1, 502);

        using var first = await _client.GetAsync("service/boards");
        using var second = await _client.GetAsync("service/boards");
        using var third = await _client.GetAsync("service/boards");

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.BadGateway, HttpStatusCode.OK], new[] { first.StatusCode, second.StatusCode, third.StatusCode });
    }

    [Fact]
    public async Task Delay_WithPathFilter_SlowsOnlyMatchingRequests()
    {
        _server.Faults.Delay = TimeSpan.FromMilliseconds(400);
        _server.Faults.DelayPathContains = "system/members";
        var watch = Stopwatch.StartNew();

        using var slow = await _client.GetAsync("system/members");
        var slowTime = watch.Elapsed;

        Assert.Equal(HttpStatusCode.OK, slow.StatusCode);
        Assert.True(slowTime >= TimeSpan.FromMilliseconds(380), $"took {slowTime}");
        Assert.Equal(TimeSpan.Zero, _server.Faults.DelayFor("/v4_6_release/apis/3.0/service/tickets"));
    }

    [Fact]
    public async Task Reset_AfterFaults_ClearsEverything()
    {
        _server.Faults.FailNext(5, 500);
        _server.Faults.Delay = TimeSpan.FromSeconds(5);
        _server.Faults.DropCallbacks = true;

        _server.Faults.Reset();
        using var response = await _client.GetAsync("service/boards");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((0, TimeSpan.Zero, false), (_server.Faults.PendingFailures, _server.Faults.Delay, _server.Faults.DropCallbacks));
    }
}
