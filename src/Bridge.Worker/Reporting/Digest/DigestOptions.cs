using System.ComponentModel.DataAnnotations;

namespace Bridge.Worker.Reporting.Digest;

/// <summary><c>Reporting:Digest</c>: the morning e-mail with yesterday's figures and the reviews still open.</summary>
public sealed class DigestOptions
{
    /// <summary>Whether the digest is sent (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The time of day in the MSP's zone (<c>Routing:TimeZone</c>), HH:mm (default 07:30).</summary>
    public string At { get; set; } = "07:30";

    /// <summary>Who gets it: an on-call role (<c>OnCall:Roles</c>), through each person's e-mail address (default ServiceManager).</summary>
    public string Role { get; set; } = OnCall.OnCallRoles.ServiceManager;

    /// <summary>The reports it holds, for yesterday, in order (default paging, service-desk, after-hours, reviews).</summary>
    public List<string> Reports { get; set; } = ["paging", "service-desk", "after-hours", "reviews"];

    /// <summary>
    /// A bridge that was not running at <see cref="At"/> sends the day's digest late for this long after it (default
    /// 04:00); later than that the day's digest is not sent, and the log says so. Earlier days are never sent.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:59")]
    public TimeSpan SendLateWithin { get; set; } = TimeSpan.FromHours(4);
}
