namespace Bridge.Worker.WriteBack.TimeEntries;

/// <summary>
/// Payload of a <see cref="OutboxKind.TimeEntryWorkType"/> record: the entry, the work type the review found on it,
/// and the one its billing class calls for.
/// </summary>
internal sealed record TimeEntryWorkTypeWrite(int TimeEntryId, string? Seen, string WorkType);
