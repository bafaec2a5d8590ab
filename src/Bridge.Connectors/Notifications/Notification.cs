namespace Bridge.Connectors.Notifications;

/// <summary>
/// One page about one incident: what the ticket is, who to call back, how urgent, which escalation step,
/// and the signed links that act on it. Ticket text (summary, client, contact) comes from ConnectWise and
/// is untrusted: every channel escapes it for its own format.
/// </summary>
/// <remarks>
/// <see cref="Subject"/> and <see cref="Body"/> are rendered from templates by the caller for the channel
/// the page goes through (a short SMS text, a longer email body); channels add their own structure
/// (card facts, buttons, JSON fields) from the other properties.
/// </remarks>
public sealed record Notification
{
    /// <summary>The bridge's incident id.</summary>
    public required string IncidentId { get; init; }

    /// <summary>The ConnectWise ticket id.</summary>
    public required long TicketId { get; init; }

    /// <summary>The ticket summary.</summary>
    public string Summary { get; init; } = "";

    /// <summary>The client (company) name.</summary>
    public string Client { get; init; } = "";

    /// <summary>The client's contact on the ticket.</summary>
    public string ContactName { get; init; } = "";

    /// <summary>The contact's phone number.</summary>
    public string ContactPhone { get; init; } = "";

    /// <summary>The ticket priority as shown to technicians (e.g. <c>P1</c>).</summary>
    public string Priority { get; init; } = "";

    /// <summary>The escalation step that sends this page (1 for the first).</summary>
    public int Step { get; init; } = 1;

    /// <summary>When a response is due (the SLA clock the page is about), if any.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>The signed acknowledge / escalate / resolve links.</summary>
    public required ActionLinks Links { get; init; }

    /// <summary>
    /// Identifies this page for at-least-once delivery with dedup (for example <c>incident:step:person:repeat</c>):
    /// a page already sent under this key through a contact method is not sent through it again.
    /// </summary>
    public required string DedupKey { get; init; }

    /// <summary>Rendered title or subject for the channel (email subject, card title).</summary>
    public string Subject { get; init; } = "";

    /// <summary>Rendered text for the channel (email body, SMS text, card text).</summary>
    public string Body { get; init; } = "";

    /// <summary>
    /// A notice, not a page (a client's contact told of their ticket, a technician told of their shift, an admin told
    /// the bridge is sick): every channel sends <see cref="Subject"/> and <see cref="Body"/> only, without the ticket
    /// facts and the action links (<see cref="ActionLinks.None"/>).
    /// </summary>
    public bool IsNotice { get; init; }
}
