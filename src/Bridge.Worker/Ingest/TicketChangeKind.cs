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

    /// <summary>ConnectWise no longer has the ticket (a <c>deleted</c> callback, or a read answering not found).</summary>
    Deleted,
}
