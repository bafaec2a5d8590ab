namespace Bridge.Worker.Ingest;

/// <summary>
/// The fields of a ConnectWise ticket the bridge decides on, at one version. The version is
/// (<see cref="Id"/>, <see cref="LastUpdated"/>), ConnectWise's own timestamp.
/// </summary>
public sealed record TicketSnapshot
{
    public int Id { get; init; }

    public DateTimeOffset LastUpdated { get; init; }

    public string? Summary { get; init; }

    public string? RecordType { get; init; }

    public int? BoardId { get; init; }

    public string? BoardName { get; init; }

    public int? StatusId { get; init; }

    public string? StatusName { get; init; }

    public int? PriorityId { get; init; }

    public string? PriorityName { get; init; }

    public int? CompanyId { get; init; }

    public string? CompanyIdentifier { get; init; }

    public string? CompanyName { get; init; }

    public int? ContactId { get; init; }

    public string? ContactName { get; init; }

    public string? TypeName { get; init; }

    public string? SubTypeName { get; init; }

    public string? ItemName { get; init; }

    public string? TeamName { get; init; }

    public int? OwnerId { get; init; }

    /// <summary>The owning member's identifier (e.g. <c>anguyen</c>); null when unassigned.</summary>
    public string? OwnerIdentifier { get; init; }

    /// <summary>Member identifiers assigned as resources, as ConnectWise lists them.</summary>
    public IReadOnlyList<string> Resources { get; init; } = [];

    public string? Severity { get; init; }

    public string? Impact { get; init; }

    public bool Closed { get; init; }

    public DateTimeOffset? DateEntered { get; init; }

    /// <summary>Identifier of the member who made this version.</summary>
    public string? UpdatedBy { get; init; }
}
