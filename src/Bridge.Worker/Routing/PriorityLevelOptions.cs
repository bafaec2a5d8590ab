namespace Bridge.Worker.Routing;

/// <summary>A priority level: the ConnectWise priorities it covers, its SLA and escalation policies.</summary>
public sealed class PriorityLevelOptions
{
    /// <summary>ConnectWise priority ids.</summary>
    public List<int>? Ids { get; set; }

    /// <summary>ConnectWise priority names, e.g. "Priority 1 - Emergency Response".</summary>
    public List<string>? Names { get; set; }

    /// <summary>Escalation policy name (issue #6 defines the policies), used when assigned or when no unassigned policy is set.</summary>
    public string? Policy { get; set; }

    /// <summary>Escalation policy while nobody owns the ticket, e.g. "p1-unassigned".</summary>
    public string? UnassignedPolicy { get; set; }

    /// <summary>
    /// Within business hours, the desk's ladder for this level (the seeds' P1: the engineer at 15 min, then the
    /// dispatcher, the manager and the director), beside the SLA clocks; empty: the level has only the SLA clocks
    /// (<c>Escalation:BusinessHoursPolicy</c>).
    /// </summary>
    public string? BusinessHoursPolicy { get; set; }

    /// <summary>The desk's ladder within business hours while nobody owns the ticket (the seeds' P1: the dispatcher at 15 min).</summary>
    public string? BusinessHoursUnassignedPolicy { get; set; }

    public SlaOptions? Sla { get; set; }
}
