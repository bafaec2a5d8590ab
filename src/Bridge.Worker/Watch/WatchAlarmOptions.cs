using System.ComponentModel.DataAnnotations;

namespace Bridge.Worker.Watch;

/// <summary><c>Watch:Alarms</c>: the bridge's own troubles told to a role through the channels, once per cause, then "all clear".</summary>
internal sealed class WatchAlarmOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>The <c>OnCall:Roles</c> entry that is told.</summary>
    [Required]
    public string Role { get; set; } = "Dispatcher";

    /// <summary>ConnectWise unreachable or refusing the keys (401/403) this long before the alarm.</summary>
    [Range(typeof(TimeSpan), "00:00:30", "1.00:00:00")]
    public TimeSpan ConnectWiseDownAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>No poll cycle ended (read or not) for this long: the poll timer itself has stopped.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan PollStaleAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The state file's disk has less than this share free.</summary>
    [Range(1, 90)]
    public int DiskFreeBelowPercent { get; set; } = 10;

    /// <summary>The wall clock moved this much more (or less) than the time that passed.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan ClockJump { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A clock alarm clears after the clock kept step this long.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ClockSteadyFor { get; set; } = TimeSpan.FromMinutes(30);
}
