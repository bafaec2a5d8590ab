namespace Bridge.Worker.Ingest;

/// <summary>A ticket version and the path that brought it.</summary>
internal sealed record TicketVersion(TicketSnapshot Snapshot, ChangeSource Source)
{
    /// <summary>ConnectWise says the ticket is gone (a deleted callback, or not found on both ticket resources).</summary>
    public static TicketVersion Deletion(int ticketId, ChangeSource source) => new(new TicketSnapshot { Id = ticketId, Deleted = true }, source);

    public bool IsDeletion => Snapshot.Deleted;
}
