using Bridge.Worker.Routing;
using LiteDB;

namespace Bridge.Worker.Escalation.Incidents;

/// <summary>
/// One incident: a ticket, a cause, the ladder it runs and where it stands. Stored in LiteDB collection
/// <c>incidents</c>; this record, not any timer, is the truth about what is due next (<see cref="NextDueAt"/>).
/// </summary>
public sealed class Incident
{
    public int Id { get; set; }

    public int TicketId { get; set; }

    /// <summary><see cref="IncidentCause"/>.</summary>
    public string Cause { get; set; } = IncidentCause.AfterHours;

    public IncidentState State { get; set; }

    /// <summary>The escalation policy of the current ladder.</summary>
    public string Policy { get; set; } = "";

    /// <summary>Counts ladders (1 for the first); a re-plan starts the next, and notification dedup keys carry it.</summary>
    public int Ladder { get; set; } = 1;

    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>Step delays count from here.</summary>
    public DateTimeOffset LadderStart { get; set; }

    public List<IncidentStep> Steps { get; set; } = [];

    /// <summary>When the ladder stops paging anyone (<c>GiveUpAfter</c>); null: never.</summary>
    public DateTimeOffset? GiveUpAt { get; set; }

    /// <summary>The ladder gave up (<see cref="GiveUpAt"/> passed, its line written): nothing more is sent on it.</summary>
    public bool GaveUp { get; set; }

    /// <summary>A send begun and not finished (crash): its step, repeat and the people it was for, resumed before anything else.</summary>
    public InFlightSend? InFlight { get; set; }

    /// <summary>When the engine must look at this incident next; null when nothing is due (acknowledged, closed).</summary>
    public DateTimeOffset? NextDueAt { get; set; }

    /// <summary>When the ticket passes its SLA escalation threshold, if this ladder moves on then.</summary>
    public DateTimeOffset? ThresholdAt { get; set; }

    public string? ThresholdPolicy { get; set; }

    public TimeSpan? AcknowledgementTimeout { get; set; }

    public string? PriorityLevel { get; set; }

    /// <summary>
    /// The billing class of the latest routing decision. Stored as <c>BillingKind</c>: older state files kept the class
    /// as text in <c>Billing</c>, which is no longer read (such an incident bills at the normal rate until routed again).
    /// </summary>
    [BsonField("BillingKind")]
    public BillingKind Billing { get; set; } = BillingKind.Normal;

    /// <summary>The after-hours rate of the latest routing decision (1 for the other classes).</summary>
    public decimal BillingMultiplier { get; set; } = 1m;

    /// <summary>When the internal response is due (shown in pages).</summary>
    public DateTimeOffset? ResponseDueAt { get; set; }

    public string? AcknowledgedBy { get; set; }

    public string? AcknowledgedByName { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    /// <summary>The latest sign of work by a person in ConnectWise since the acknowledgement (re-alert counts from here).</summary>
    public DateTimeOffset? LastWorkAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? ClosedReason { get; set; }

    /// <summary>Everyone paged so far (member identifiers), for the status page and the busy rule.</summary>
    public List<string> Paged { get; set; } = [];

    public IncidentTicket Ticket { get; set; } = new();

    /// <summary>The configuration version in force when the incident was opened (its ladder was copied from it); null in older state files.</summary>
    public string? ConfigVersion { get; set; }

    /// <summary>When that configuration was applied.</summary>
    public DateTimeOffset? ConfigAppliedAt { get; set; }

    [BsonIgnore]
    public bool IsOpen => State is IncidentState.Triggered or IncidentState.Acknowledged;

    [BsonIgnore]
    public string Key => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
