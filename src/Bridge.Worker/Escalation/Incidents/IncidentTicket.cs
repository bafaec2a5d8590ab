using Bridge.Worker.Ingest;

namespace Bridge.Worker.Escalation.Incidents;

/// <summary>What a page and the acknowledgement page show of the ticket, and what its timeline lines carry (<see cref="Timeline.TicketFacts"/>), as last seen.</summary>
public sealed class IncidentTicket
{
    public string Summary { get; set; } = "";

    /// <summary>ConnectWise's <c>recordType</c>; null in older state files (taken as a service ticket).</summary>
    public string? RecordType { get; set; }

    public int? StatusId { get; set; }

    /// <summary>ConnectWise's <c>lastUpdated</c> of the version last seen.</summary>
    public DateTimeOffset? LastUpdated { get; set; }

    public int? ContactId { get; set; }

    public string? CompanyIdentifier { get; set; }

    public string? CompanyName { get; set; }

    public string? ContactName { get; set; }

    public string? Board { get; set; }

    public string? Status { get; set; }

    public string? PriorityName { get; set; }

    public string? Type { get; set; }

    public string? SubType { get; set; }

    public string? Item { get; set; }

    public string? Owner { get; set; }

    public List<string> Resources { get; set; } = [];

    public DateTimeOffset? EnteredAt { get; set; }

    public static IncidentTicket From(TicketSnapshot ticket)
    {
        var copy = new IncidentTicket();
        copy.Refresh(ticket);
        return copy;
    }

    /// <summary>Takes the ticket's latest version.</summary>
    public void Refresh(TicketSnapshot ticket)
    {
        Summary = ticket.Summary ?? "";
        RecordType = ticket.RecordType;
        StatusId = ticket.StatusId;
        LastUpdated = ticket.LastUpdated;
        ContactId = ticket.ContactId;
        CompanyIdentifier = ticket.CompanyIdentifier;
        CompanyName = ticket.CompanyName ?? ticket.CompanyIdentifier;
        ContactName = ticket.ContactName;
        Board = ticket.BoardName;
        Status = ticket.StatusName;
        PriorityName = ticket.PriorityName;
        Type = ticket.TypeName;
        SubType = ticket.SubTypeName;
        Item = ticket.ItemName;
        Owner = ticket.OwnerIdentifier;
        Resources = ticket.Resources.ToList();
        EnteredAt = ticket.DateEntered;
    }
}
