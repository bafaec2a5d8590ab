using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Watch;

/// <summary>The bridge watching itself (<c>Watch</c>): a heartbeat to an external monitor, alarms to people, a weekly canary page.</summary>
internal sealed class WatchOptions
{
    public const string SectionName = "Watch";

    /// <summary>How often the signals are looked at.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    [ValidateObjectMembers]
    public HeartbeatOptions Heartbeat { get; set; } = new();

    [ValidateObjectMembers]
    public WatchAlarmOptions Alarms { get; set; } = new();

    [ValidateObjectMembers]
    public CanaryOptions Canary { get; set; } = new();
}
