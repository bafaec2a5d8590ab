namespace Bridge.Worker.Escalation.Timeline;

/// <summary>
/// One line of an incident's timeline, with its instant. Stored in LiteDB collection <c>incident_timeline</c>
/// in the same write as the state change it records; <see cref="Id"/> grows with every line, so later stages
/// (write-back, the status page) read the timeline in order with a cursor.
/// </summary>
public sealed class TimelineEntry
{
    public int Id { get; set; }

    public string IncidentId { get; set; } = "";

    public int TicketId { get; set; }

    public DateTimeOffset At { get; set; }

    public TimelineKind Kind { get; set; }

    /// <summary>Why the incident exists (<c>after-hours</c>, <c>sla</c>, <c>waiting-on-client</c>); empty for a ticket's own line.</summary>
    public string? Cause { get; set; }

    /// <summary>The escalation policy in force (e.g. <c>p1-unassigned</c>).</summary>
    public string? Policy { get; set; }

    /// <summary>The ladder step (1 for the first), when the line belongs to one.</summary>
    public int? Step { get; set; }

    /// <summary>Which repeat of the step (0 for the first send).</summary>
    public int? Repeat { get; set; }

    /// <summary>The member identifier of the person concerned (paged, skipped, acknowledging, resolving).</summary>
    public string? PersonId { get; set; }

    public string? PersonName { get; set; }

    /// <summary>Channel kind of an attempt (<c>sms</c>, <c>email</c>…), or how an acknowledgement came in (<c>link</c>, <c>sms</c>, <c>connectwise</c>).</summary>
    public string? Channel { get; set; }

    /// <summary>Outcome of an attempt (<c>sent</c>, <c>delivered</c>, <c>failed</c>, <c>unknown</c>), or of a write-back.</summary>
    public string? Result { get; set; }

    /// <summary>Minutes a person logged when resolving (or acknowledging with time).</summary>
    public int? MinutesWorked { get; set; }

    /// <summary>A person's own note (resolve), untrusted text.</summary>
    public string? Note { get; set; }

    /// <summary>The line as a person reads it, without the instant: "paged Anh Nguyen by sms (sent)".</summary>
    public string Text { get; set; } = "";

    /// <summary>
    /// What escalation knew of the ticket when it wrote the line: write-back's input, not part of what a person reads.
    /// Null on lines of older state files and on lines no stage writes from.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public TicketFacts? Ticket { get; set; }
}
