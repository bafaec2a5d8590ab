using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.Watch;

/// <summary>
/// The self-watch against the sandbox over loopback, on the test clock: ConnectWise refuses every call for ten minutes.
/// The dispatcher (Farah Patel, +15550206, by SMS) gets one alarm and then one all-clear; the push monitor on loopback
/// stops getting heartbeats while polls fail and gets them again after.
/// </summary>
public sealed class SelfWatchOutageTests : IAsyncLifetime
{
    private const string Farah = "+15550206";
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(T0);
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;
    private SmsGateway _sms = null!;
    private CallbackReceiver _monitor = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = _clock });
        _sms = await SmsGateway.StartAsync();
        _monitor = await CallbackReceiver.StartAsync();
    }

    [Theory]
    [InlineData("dropped")]
    [InlineData("401")]
    public async Task TenMinutesRefused_OneAlarmThenOneAllClear_HeartbeatStopsAndResumes(string how)
    {
        await using var bridge = await StartAsync();
        await EscalationBridge.DriveToAsync(_clock, T0.AddMinutes(3));
        Assert.True(_monitor.Count >= 2, $"heartbeats before the outage: {_monitor.Count}");

        var outageStart = _clock.GetUtcNow();
        Refuse(how);
        await EscalationBridge.DriveToAsync(_clock, outageStart.AddMinutes(2));
        var beatsOnceFailing = _monitor.Count;
        await EscalationBridge.DriveToAsync(_clock, outageStart.AddMinutes(10));

        Assert.Equal(beatsOnceFailing, _monitor.Count);
        Assert.Equal(1, Texts("Bridge alarm:"));
        Assert.Equal(0, Texts("Bridge all clear:"));
        var alarm = Assert.Single(EscalationBridge.Texts(_sms), t => t.Body.StartsWith("Bridge alarm:", StringComparison.Ordinal));
        Assert.Equal(Farah, alarm.To);
        Assert.Contains(how == "401" ? "answered 401" : "Every poll has failed", alarm.Body, StringComparison.Ordinal);
        var (status, detail) = await ReadyCheck.ReadAsync(bridge.Host.Http, "watch");
        Assert.Equal("Degraded", status);
        Assert.StartsWith("connectwise since", detail, StringComparison.Ordinal);

        _sandbox.Faults.Reset();
        await EscalationBridge.DriveToAsync(_clock, outageStart.AddMinutes(16));

        Assert.True(_monitor.Count > beatsOnceFailing, "the heartbeat resumes once polls succeed");
        Assert.Equal(1, Texts("Bridge alarm:"));
        Assert.Equal(1, Texts("Bridge all clear:"));
        Assert.Equal("Healthy", (await ReadyCheck.ReadAsync(bridge.Host.Http, "watch")).Status);
    }

    [Fact]
    public async Task RestartDuringTheOutage_NoSecondAlarm_AndTheAllClearStillComes()
    {
        int port;
        await using (var first = await StartAsync())
        {
            port = first.Host.Port;
            // Refused, not dropped: the restarted bridge's first poll ends at once (a dropped connection is retried on the test clock).
            Refuse("401");
            await EscalationBridge.DriveUntilAsync(_clock, () => Texts("Bridge alarm:") == 1, "the alarm", step: TimeSpan.FromSeconds(20));
        }

        _clock.Advance(TimeSpan.FromMinutes(2));
        await using var second = await StartAsync(port, waitForQuiet: false);
        await EscalationBridge.DriveToAsync(_clock, _clock.GetUtcNow().AddMinutes(8));
        Assert.Equal((1, 0), (Texts("Bridge alarm:"), Texts("Bridge all clear:")));
        Assert.Equal("Degraded", (await ReadyCheck.ReadAsync(second.Host.Http, "watch")).Status);

        _sandbox.Faults.Reset();
        await EscalationBridge.DriveToAsync(_clock, _clock.GetUtcNow().AddMinutes(3));

        Assert.Equal((1, 1), (Texts("Bridge alarm:"), Texts("Bridge all clear:")));
    }

    private Task<EscalationBridge> StartAsync(int? port = null, bool waitForQuiet = true) =>
        EscalationBridge.StartAsync(_sandbox, _dir, _clock, _sms, new Dictionary<string, string?>
        {
            ["Ingest:PollInterval"] = "00:01:00",
            ["Watch:CheckInterval"] = "00:00:20",
            ["Watch:Heartbeat:Url"] = new Uri(_monitor.BaseAddress, "cb?key=monitor-secret").ToString(),
            ["Watch:Heartbeat:Interval"] = "00:01:00",
            ["Watch:Heartbeat:PollWithin"] = "00:03:00",
            ["Watch:Alarms:ConnectWiseDownAfter"] = "00:05:00",
        }, port: port, waitForQuiet: waitForQuiet);

    private void Refuse(string how)
    {
        if (how == "401")
        {
            _sandbox.Faults.FailNext(1_000_000, 401);
        }
        else
        {
            _sandbox.Faults.Outage = SandboxOutage.ConnectionDropped;
        }
    }

    private int Texts(string start) => EscalationBridge.Texts(_sms).Count(t => t.Body.StartsWith(start, StringComparison.Ordinal));


    public async Task DisposeAsync()
    {
        await _monitor.DisposeAsync();
        await _sms.DisposeAsync();
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
