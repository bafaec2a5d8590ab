using System.ComponentModel.DataAnnotations;

namespace Bridge.Worker.Watch;

/// <summary>
/// <c>Watch:Canary</c>: a weekly test page to whoever is on call, as a real incident they acknowledge through the
/// page's link or an SMS reply; when nobody does within <see cref="AckWithin"/>, <see cref="TellRole"/> is told.
/// </summary>
internal sealed class CanaryOptions
{
    public bool Enabled { get; set; }

    /// <summary>Weekday and wall time in the MSP's zone (<c>Routing:TimeZone</c>), e.g. <c>Wednesday 19:00</c>.</summary>
    [Required]
    public string At { get; set; } = "Wednesday 19:00";

    /// <summary>The <c>OnCall:Schedules</c> entry whose person on call gets the canary.</summary>
    [Required]
    public string Schedule { get; set; } = "after-hours";

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan AckWithin { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The <c>OnCall:Roles</c> entry told when the canary is not acknowledged.</summary>
    [Required]
    public string TellRole { get; set; } = "Dispatcher";
}
