using System.ComponentModel.DataAnnotations;

namespace Bridge.Worker.WriteBack.TimeEntries;

/// <summary>
/// Time entries technicians make on tickets, classified like the bridge's own (after hours ×1.5, included,
/// normal). Section <c>WriteBack:TimeEntries</c>.
/// </summary>
public sealed class TimeEntryReviewOptions
{
    /// <summary>Read and classify technicians' time entries (reported on <c>GET /time-entries/review</c>).</summary>
    public bool Review { get; set; } = true;

    /// <summary>Also set the work type of an entry whose work type does not match its class (off: report only).</summary>
    public bool Correct { get; set; }

    /// <summary>How often new and changed time entries are read.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How far back the first read looks (no watermark yet): recent entries, not every entry ever written.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "90.00:00:00")]
    public TimeSpan FirstRunWindow { get; set; } = TimeSpan.FromDays(7);
}
