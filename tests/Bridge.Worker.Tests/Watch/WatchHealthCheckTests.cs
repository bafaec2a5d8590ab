using Bridge.Worker.OnCall;
using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;
using Bridge.Worker.Watch;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bridge.Worker.Tests.Watch;

/// <summary>The <c>watch</c> readiness check over the shipped on-call configuration.</summary>
public sealed class WatchHealthCheckTests : IAsyncDisposable
{
    private readonly EscalationFixture _bridge = new(OnCallFixtures.Ny(2026, 11, 24, 2));
    private readonly AlarmStore _store;

    public WatchHealthCheckTests()
    {
        _store = new AlarmStore(_bridge.Get<BridgeDatabase>());
        _bridge.Get<BridgeDatabase>().Write(_store.Prepare);
    }

    [Fact]
    public async Task NothingRaised_Healthy()
    {
        var result = await CheckAsync(new WatchOptions());

        Assert.Equal((HealthStatus.Healthy, "No alarm raised."), (result.Status, result.Description));
    }

    [Fact]
    public async Task AlarmRaised_DegradedNamingTheCauseAndSinceWhen()
    {
        _store.Save(new RaisedAlarm { Id = WatchCause.Disk, RaisedAt = _bridge.Time.GetUtcNow(), Subject = "s", Detail = "4% free." });

        var result = await CheckAsync(new WatchOptions());

        Assert.Equal((HealthStatus.Degraded, "disk since 2026-11-24 07:00 UTC: 4% free."), (result.Status, result.Description));
    }

    [Fact]
    public async Task RoleOrScheduleThatReachesNobody_DegradedNamingTheKey()
    {
        var options = new WatchOptions
        {
            Alarms = new WatchAlarmOptions { Role = "Admin" },
            Canary = new CanaryOptions { Enabled = true, Schedule = "nights", TellRole = "Dispatcher" },
        };

        var result = await CheckAsync(options);

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains("Watch:Alarms:Role names 'Admin', which holds nobody in OnCall:Roles", result.Description, StringComparison.Ordinal);
        Assert.Contains("Watch:Canary:Schedule names 'nights'", result.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("TellRole", result.Description, StringComparison.Ordinal);
    }

    private Task<HealthCheckResult> CheckAsync(WatchOptions options)
    {
        var monitor = new TestOptionsMonitor<WatchOptions>(options);
        var heartbeat = new Heartbeat(new NoHttp(), _bridge.Get<ServiceRunRepository>(), monitor, NullLogger<Heartbeat>.Instance);
        return new WatchHealthCheck(_store, heartbeat, _bridge.Get<IOnCallResolver>(), monitor).CheckHealthAsync(new HealthCheckContext());
    }

    public ValueTask DisposeAsync() => _bridge.DisposeAsync();

    private sealed class NoHttp : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => throw new InvalidOperationException("No heartbeat in these tests.");
    }
}
