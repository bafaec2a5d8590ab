namespace Bridge.Worker.WriteBack;

/// <summary>
/// Payload of a status record: the event, and the ticket's status as the bridge last saw it when the event was
/// recorded. A status found different from that at send time was changed by someone else and is kept.
/// </summary>
public sealed record StatusWrite(WriteBackEvent Event, KnownStatus? Seen);
