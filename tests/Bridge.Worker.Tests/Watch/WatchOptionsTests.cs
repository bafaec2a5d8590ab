using Bridge.Worker.Kernel;
using Bridge.Worker.Watch;

namespace Bridge.Worker.Tests.Watch;

public sealed class WatchOptionsTests
{
    [Fact]
    public void Defaults_AreValid_NoHeartbeat_AlarmsToTheDispatcher_CanaryOffUntilTurnedOn()
    {
        var options = new WatchOptions();

        Assert.True(new WatchOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(("", TimeSpan.FromMinutes(5)), (options.Heartbeat.Url, options.Heartbeat.Interval));
        Assert.Equal((true, "Dispatcher", TimeSpan.FromMinutes(5), 10), (options.Alarms.Enabled, options.Alarms.Role, options.Alarms.ConnectWiseDownAfter, options.Alarms.DiskFreeBelowPercent));
        Assert.Equal((false, "Wednesday 19:00", "after-hours", TimeSpan.FromMinutes(30), "Dispatcher"),
            (options.Canary.Enabled, options.Canary.At, options.Canary.Schedule, options.Canary.AckWithin, options.Canary.TellRole));
    }

    [Fact]
    public void Validate_BadValues_NamesEveryKey_WithoutRepeatingTheMonitorsUrl()
    {
        var options = new WatchOptions
        {
            Heartbeat = new HeartbeatOptions { Url = "hc-ping.com/secret-uuid", Interval = TimeSpan.FromSeconds(1) },
            Alarms = new WatchAlarmOptions { DiskFreeBelowPercent = 0 },
            Canary = new CanaryOptions { At = "Wedsday 19:00" },
        };
        var registration = new BridgeOptionsRegistration(typeof(WatchOptions), WatchOptions.SectionName, _ => options);

        var failures = new WatchOptionsValidator().Validate(null, options).Failures!.Select(registration.FormatFailure).ToList();

        Assert.Equal(4, failures.Count);
        Assert.Contains("Watch:Heartbeat:Url must be an absolute http or https URL (the monitor's push URL), or empty for no heartbeat.", failures);
        Assert.Contains("Watch:Canary:At must be a weekday and a time, e.g. 'Wednesday 19:00' (was 'Wedsday 19:00').", failures);
        Assert.Contains(failures, f => f.StartsWith("Watch:Heartbeat:Interval", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Watch:Alarms:DiskFreeBelowPercent", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("secret-uuid", StringComparison.Ordinal));
    }
}
