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
}
