namespace Bridge.Worker.Reporting.Reviews;

/// <summary>
/// The post-incident review of one incident (collection <c>incident_reviews</c>, keyed by the incident's id): what it
/// was about (client, the emergency rule that opened it), who was asked and when, and every submission, the latest
/// being the answers. Stored before the link is sent, so the marker outlives a restart between the two.
/// </summary>
public sealed class IncidentReview
{
    /// <summary>The incident's id.</summary>
    public int Id { get; set; }

    public int TicketId { get; set; }

    public string? Summary { get; set; }

    /// <summary>The client's name as the ticket had it (else its identifier).</summary>
    public string Client { get; set; } = "";

    /// <summary>The emergency rule the routing decision that opened the incident named; null when none did (e.g. an SLA incident).</summary>
    public string? Rule { get; set; }

    /// <summary>That rule's configuration key (<c>Routing:Clients:northwind:Emergency:Rules:0</c>).</summary>
    public string? RuleKey { get; set; }

    public string? PriorityLevel { get; set; }

    public DateTimeOffset ResolvedAt { get; set; }

    /// <summary>The member asked (the resolver, else the acknowledger); null when nobody was asked (reviews off, or opened by a dispatcher).</summary>
    public string? Asked { get; set; }

    public string? AskedName { get; set; }

    public DateTimeOffset? AskedAt { get; set; }

    /// <summary>When the link sent expires; fixed when it was sent.</summary>
    public DateTimeOffset? LinkExpiresAt { get; set; }

    /// <summary>The people who acted on the incident (acknowledger, resolver): a technician may open their review signed in.</summary>
    public List<string> Handlers { get; set; } = [];

    public List<ReviewSubmission> Submissions { get; set; } = [];

    /// <summary>The answers in force: the latest submission's, or null when the review is still open.</summary>
    public ReviewSubmission? Latest() => Submissions.Count == 0 ? null : Submissions[^1];
}
