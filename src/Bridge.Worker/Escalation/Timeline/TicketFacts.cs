using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Routing;

namespace Bridge.Worker.Escalation.Timeline;

/// <summary>
/// What escalation knew of the ticket when it wrote a line (<see cref="TimelineEntry.Ticket"/>): its incident's copy
/// of the ticket and the billing class of the latest routing decision. It makes the line self-contained: write-back
/// plans notes, time entries, status changes and client notices from the line alone, never from another stage's store.
/// </summary>
public sealed class TicketFacts
{
    /// <summary>ConnectWise's <c>recordType</c> (<c>ServiceTicket</c>, <c>ProjectTicket</c>, <c>ProjectIssue</c>).</summary>
    public string? RecordType { get; set; }

    public int? StatusId { get; set; }

    public string? StatusName { get; set; }

    /// <summary>ConnectWise's <c>lastUpdated</c> of the version the status was seen in.</summary>
    public DateTimeOffset? LastUpdated { get; set; }

    public int? ContactId { get; set; }

    public string? ContactName { get; set; }

    public string? CompanyIdentifier { get; set; }

    public string? CompanyName { get; set; }

    public string? Summary { get; set; }

    public DateTimeOffset? EnteredAt { get; set; }

    public BillingKind Billing { get; set; } = BillingKind.Normal;

    /// <summary>The after-hours rate (1 for the other classes).</summary>
    public decimal BillingMultiplier { get; set; } = 1m;

    /// <summary>The billing class as routing decided it.</summary>
    internal BillingClass BillingClass => new(Billing, BillingMultiplier);

    internal static TicketFacts Of(Incident incident) => Of(incident.Ticket, new BillingClass(incident.Billing, incident.BillingMultiplier));

    internal static TicketFacts Of(IncidentTicket ticket, BillingClass billing) => new()
    {
        RecordType = ticket.RecordType,
        StatusId = ticket.StatusId,
        StatusName = ticket.Status,
        LastUpdated = ticket.LastUpdated,
        ContactId = ticket.ContactId,
        ContactName = ticket.ContactName,
        CompanyIdentifier = ticket.CompanyIdentifier,
        CompanyName = ticket.CompanyName,
        Summary = ticket.Summary,
        EnteredAt = ticket.EnteredAt,
        Billing = billing.Kind,
        BillingMultiplier = billing.Multiplier,
    };
}
