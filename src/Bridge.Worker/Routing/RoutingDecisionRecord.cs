namespace Bridge.Worker.Routing;

/// <summary>A stored routing decision: what was decided for a ticket, when, and why.</summary>
public sealed class RoutingDecisionRecord
{
    public int Id { get; set; }

    public int TicketId { get; set; }

    /// <summary>When the decision was recorded.</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The instant the decision is for.</summary>
    public DateTimeOffset At { get; set; }

    public string Disposition { get; set; } = "";

    public string? Client { get; set; }

    public string Contract { get; set; } = "";

    /// <summary>"included", "normal" or "after-hours ×1.5".</summary>
    public string Billing { get; set; } = "";

    public decimal BillingMultiplier { get; set; }

    public bool Emergency { get; set; }

    public string? PriorityLevel { get; set; }

    public string EscalationPolicy { get; set; } = "";

    public DateTimeOffset? InternalResponseDue { get; set; }

    public DateTimeOffset? ClientResponseDue { get; set; }

    public DateTimeOffset? EscalationDue { get; set; }

    /// <summary>The configuration version the decision was made under (<c>config_versions</c> keeps it); null before versions were kept.</summary>
    public string? ConfigVersion { get; set; }

    /// <summary>When that configuration was applied.</summary>
    public DateTimeOffset? ConfigAppliedAt { get; set; }

    /// <summary>The reasons in order, each "[rule] text (config key)".</summary>
    public List<string> Reasons { get; set; } = [];
}
