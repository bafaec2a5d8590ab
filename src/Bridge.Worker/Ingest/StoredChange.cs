namespace Bridge.Worker.Ingest;

/// <summary>A stored change with its position in the change log.</summary>
internal sealed record StoredChange(long Id, TicketChange Change);
