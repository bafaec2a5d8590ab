using System.Text.Json.Serialization;

namespace Bridge.Worker.Ingest;

/// <summary>
/// The bridge's one model of a ConnectWise ticket: what every stage (routing, escalation, write-back, <c>explain</c>)
/// decides on, mapped from the wire once by <see cref="TicketSnapshotMapper"/>. The version is
/// (<see cref="Id"/>, <see cref="LastUpdated"/>), ConnectWise's own timestamp, in whole seconds.
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

    /// <summary>ConnectWise no longer has the ticket: this is the last version seen before it was deleted.</summary>
    public bool Deleted { get; init; }

    public DateTimeOffset? DateEntered { get; init; }

    /// <summary>Identifier of the member who made this version.</summary>
    public string? UpdatedBy { get; init; }

    /// <summary>When the client needs the work done; in a scheduled status, when the client scheduled it.</summary>
    public DateTimeOffset? RequiredDate { get; init; }

    /// <summary>
    /// Names (and device identifiers) of the ticket's configuration items. ConnectWise keeps them as a resource of
    /// their own, so ingest reads them only for tickets whose client has a rule on them; empty otherwise.
    /// </summary>
    public IReadOnlyList<string> ConfigurationItems { get; init; } = [];

    [JsonIgnore]
    public bool IsAssigned => !string.IsNullOrWhiteSpace(OwnerIdentifier) || Resources.Count > 0;

    /// <summary>A project ticket or project issue (<c>recordType</c>), which lives under <c>/project/tickets</c>.</summary>
    [JsonIgnore]
    public bool IsProjectTicket => TicketRecordTypes.IsProject(RecordType);
}
