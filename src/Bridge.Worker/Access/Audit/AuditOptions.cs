using System.ComponentModel.DataAnnotations;

namespace Bridge.Worker.Access.Audit;

/// <summary>How long the audit trail keeps what people did (<c>Access:AuditRetention</c>).</summary>
internal sealed class AuditOptions
{
    public const string SectionName = "Access";

    /// <summary>Entries older than this are deleted by the hourly sweep (default 400 days: a year and a review cycle).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan AuditRetention { get; set; } = TimeSpan.FromDays(400);
}
