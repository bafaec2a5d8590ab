namespace Bridge.Worker.Ingest;

/// <summary>A ticket version and the path that brought it.</summary>
internal sealed record TicketVersion(TicketSnapshot Snapshot, ChangeSource Source);
