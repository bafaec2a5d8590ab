namespace Bridge.Worker.Escalation.Incidents;

/// <summary>What a page and the acknowledgement page show of the ticket, as last seen.</summary>
public sealed class IncidentTicket
{
    public string Summary { get; set; } = "";

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
}
