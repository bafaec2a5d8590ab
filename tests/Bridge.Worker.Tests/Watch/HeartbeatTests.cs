using System.Net;
using Bridge.Worker.Ingest;
using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;
using Bridge.Worker.Watch;

namespace Bridge.Worker.Tests.Watch;

/// <summary>The heartbeat: every interval while well, withheld while sick, and the monitor's URL never in the log.</summary>
public sealed class HeartbeatTests : IAsyncDisposable
{
    private const string Url = "https://hc-ping.example.com/0f4e2c1a-secret-uuid";
    private readonly EscalationFixture _bridge = new(OnCallFixtures.Ny(2026, 11, 24, 2));
    private readonly Monitor _monitor = new();
    private readonly ListLogger<Heartbeat> _log = new();

    private DateTimeOffset Now => _bridge.Time.GetUtcNow();

    private Heartbeat Beat(string url = Url) => new(
        _monitor, _bridge.Get<ServiceRunRepository>(),
        new TestOptionsMonitor<WatchOptions>(new WatchOptions { Heartbeat = new HeartbeatOptions { Url = url, Interval = TimeSpan.FromMinutes(5) } }), _log);

    private WatchSignals Well() => new(new PollHealth(Now.AddHours(-1), Now.AddMinutes(-1), Now.AddMinutes(-1), null, null, null), Now.AddSeconds(-20), 1, [], 0, null, 50, null);

    [Fact]
    public async Task Well_BeatsOncePerInterval()
    {
        var heartbeat = Beat();
        var beats = new List<bool>();
        for (var minute = 0; minute <= 10; minute++)
        {
            beats.Add(await heartbeat.BeatAsync(Well(), Now, CancellationToken.None));
            _bridge.Time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal([0, 5, 10], beats.Select((b, i) => (b, i)).Where(p => p.b).Select(p => p.i));
        Assert.Equal(3, _monitor.Requests.Count);
        Assert.All(_monitor.Requests, r => Assert.Equal((HttpMethod.Get, Url), (r.Method, r.RequestUri!.ToString())));
    }

    [Fact]
    public async Task Sick_Withheld_SaysWhyOnceAndOnReadiness()
    {
        var heartbeat = Beat();
        var sick = Well() with { Poll = new PollHealth(Now.AddHours(-1), Now, Now.AddMinutes(-3), Now.AddMinutes(-2), "refused", HttpStatusCode.Unauthorized) };

        Assert.False(await heartbeat.BeatAsync(sick, Now, CancellationToken.None));
        Assert.False(await heartbeat.BeatAsync(sick, Now.AddMinutes(1), CancellationToken.None));

        Assert.Empty(_monitor.Requests);
        Assert.StartsWith("polls failing since", heartbeat.LastWithheld);
        Assert.Single(_log.Entries, e => e.Message.StartsWith("Heartbeat withheld", StringComparison.Ordinal));
        _bridge.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await heartbeat.BeatAsync(Well(), Now, CancellationToken.None));
        Assert.Null(heartbeat.LastWithheld);
    }

    [Fact]
    public async Task MonitorFails_TriedAgainNextPass_AndTheUrlIsLoggedByItsHostOnly()
    {
        var heartbeat = Beat();
        _monitor.Answer = HttpStatusCode.InternalServerError;
        Assert.False(await heartbeat.BeatAsync(Well(), Now, CancellationToken.None));
        _monitor.Answer = HttpStatusCode.OK;

        Assert.True(await heartbeat.BeatAsync(Well(), Now.AddMinutes(1), CancellationToken.None));

        Assert.Contains(_log.Entries, e => e.Message == "Heartbeat to https://hc-ping.example.com/… failed: answered 500");
        Assert.DoesNotContain(_log.Entries, e => e.Message.Contains("secret-uuid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoUrl_NoHeartbeat()
    {
        Assert.False(await Beat("").BeatAsync(Well(), Now, CancellationToken.None));
        Assert.Empty(_monitor.Requests);
    }

    public ValueTask DisposeAsync()
    {
        _monitor.Dispose();
        return _bridge.DisposeAsync();
    }

    /// <summary>An HTTP client factory whose every client answers from here and records the request.</summary>
    private sealed class Monitor : HttpMessageHandler, IHttpClientFactory
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        public HttpStatusCode Answer { get; set; } = HttpStatusCode.OK;

        public HttpClient CreateClient(string name) => new(this, disposeHandler: false);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(new HttpResponseMessage(Answer));
        }
    }
}
