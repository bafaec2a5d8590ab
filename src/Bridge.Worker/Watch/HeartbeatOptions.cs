using System.ComponentModel.DataAnnotations;

namespace Bridge.Worker.Watch;

/// <summary>
/// <c>Watch:Heartbeat</c>: a push monitor's URL (Healthchecks.io, Uptime Kuma, Better Stack) called every
/// <see cref="Interval"/> only while the bridge is well, so the monitor alarms when the bridge is dead or sick.
/// </summary>
internal sealed class HeartbeatOptions
{
    /// <summary>The monitor's push URL; empty: no heartbeat. It authenticates the monitor, so it is never logged in full.</summary>
    public string Url { get; set; } = "";

    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Well only when a poll read every board within this long.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan PollWithin { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Well only when the escalation sweeper finished a sweep within this long.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan SweepWithin { get; set; } = TimeSpan.FromMinutes(2);

    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
