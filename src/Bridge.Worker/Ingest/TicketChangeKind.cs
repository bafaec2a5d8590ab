namespace Bridge.Worker.Ingest;

/// <summary>What happened to a ticket between two versions the bridge saw.</summary>
public enum TicketChangeKind
{
    Created,
    StatusChanged,
    PriorityChanged,
    Assigned,
    Unassigned,
    Closed,
    Reopened,
    Updated,

    /// <summary>
    /// Nothing changed in ConnectWise, but the ticket must be decided again: a business-hours boundary of its client
    /// passed (<see cref="TicketChange.NewValue"/> <c>open</c> or <c>closed</c>).
    /// </summary>
    Redecided,

    /// <summary>ConnectWise no longer has the ticket (a <c>deleted</c> callback, or a read answering not found).</summary>
    Deleted,
}
