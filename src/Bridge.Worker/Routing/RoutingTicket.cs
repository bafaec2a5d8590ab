namespace Bridge.Worker.Routing;

/// <summary>What routing needs to know about a ticket, independent of where it came from.</summary>
internal sealed record RoutingTicket
{
    public required int Id { get; init; }

    /// <summary>ConnectWise company identifier, e.g. "ContosoLaw".</summary>
    public string? CompanyIdentifier { get; init; }

    public string? Board { get; init; }

    public int? PriorityId { get; init; }

    public string? PriorityName { get; init; }

    public string? Type { get; init; }

    public string? SubType { get; init; }

    public string? Item { get; init; }

    public string? Summary { get; init; }

    /// <summary>Owner member identifier.</summary>
    public string? Owner { get; init; }

    /// <summary>Member identifiers assigned as resources.</summary>
    public IReadOnlyList<string> Resources { get; init; } = [];

    public string? Status { get; init; }

    public bool Closed { get; init; }

    public IReadOnlyList<string> ConfigurationItems { get; init; } = [];

    public DateTimeOffset? RequiredDate { get; init; }

    /// <summary>When the client scheduled the work; when unset, a ticket in a scheduled status uses its required date.</summary>
    public DateTimeOffset? ScheduledFor { get; init; }

    public DateTimeOffset? EnteredAt { get; init; }

    public bool IsAssigned => !string.IsNullOrWhiteSpace(Owner) || Resources.Count > 0;
}
