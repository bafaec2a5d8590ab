using System.ComponentModel.DataAnnotations;

namespace Bridge.Worker.WriteBack;

/// <summary>What the bridge writes back into ConnectWise tickets, and how its outbox retries. Section <c>WriteBack</c>.</summary>
public sealed class WriteBackOptions
{
    public const string SectionName = "WriteBack";

    /// <summary>Per service board (name or id): the status each bridge event sets. A board not listed keeps its status.</summary>
    public Dictionary<string, WriteBackStatusOptions> Statuses { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>An internal note per escalation step, acknowledgement and resolution.</summary>
    public bool Notes { get; set; } = true;

    public ContactAttemptOptions ContactAttempts { get; set; } = new();

    public WriteBackBillingOptions Billing { get; set; } = new();

    public ClientNoticeOptions ClientNotices { get; set; } = new();

    [Microsoft.Extensions.Options.ValidateObjectMembers]
    public TimeEntries.TimeEntryReviewOptions TimeEntries { get; set; } = new();

    /// <summary>First wait after a failed write; doubled per attempt up to <see cref="RetryMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest wait between attempts, however long ConnectWise is down.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest <c>Retry-After</c> honoured; a longer one is cut to this.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a write may stay in flight before it is taken as unknown (looked up before any new attempt).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the incident timeline is read for new lines when nothing wakes the outbox sooner.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);
}
