namespace Bridge.Worker.WriteBack.TimeEntries;

/// <summary>One technician's time entry as the bridge classified it. Stored in LiteDB collection <c>time_entry_reviews</c> by entry id.</summary>
public sealed class TimeEntryReview
{
    /// <summary>The ConnectWise time entry id.</summary>
    public int Id { get; set; }

    public int TicketId { get; set; }

    public string? Member { get; set; }

    public DateTimeOffset? Start { get; set; }

    public decimal? Hours { get; set; }

    /// <summary>The class at the entry's start: <c>after-hours ×1.5</c>, <c>included</c>, <c>normal</c>.</summary>
    public string? Billing { get; set; }

    public string? ExpectedWorkType { get; set; }

    public string? WorkType { get; set; }

    public TimeEntryVerdict Verdict { get; set; }

    /// <summary>Why, in words (the routing reasons that decided the class, or why it could not be classified).</summary>
    public string Reason { get; set; } = "";

    public DateTimeOffset ReviewedAt { get; set; }
}
