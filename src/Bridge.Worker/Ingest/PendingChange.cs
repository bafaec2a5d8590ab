namespace Bridge.Worker.Ingest;

/// <summary>A stored change with the handlers that already have it.</summary>
internal sealed record PendingChange(long Id, TicketChange Change, IReadOnlyCollection<string> HandledBy);
