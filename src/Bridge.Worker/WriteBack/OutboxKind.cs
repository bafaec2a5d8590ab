namespace Bridge.Worker.WriteBack;

/// <summary>
/// What an outbox record writes. Each kind has one <see cref="IOutboxWriter"/>; a new kind (client e-mail) is a
/// new value and a writer registered beside the others.
/// </summary>
public enum OutboxKind
{
    /// <summary>A ticket status change (PATCH), skipped when a person changed the status first.</summary>
    Status,

    /// <summary>An internal note on the ticket (POST), found again by its marker.</summary>
    Note,

    /// <summary>A time entry on the ticket (POST), found again by its marker.</summary>
    TimeEntry,

    /// <summary>A mail to the ticket's contact, recorded by an internal note that carries the marker.</summary>
    ClientNotice,

    /// <summary>
    /// The work type of a technician's own time entry, set to its billing class's (PATCH, from the time-entry review).
    /// The entry is read first: a repeat changes nothing, and a work type someone changed since the review is kept.
    /// </summary>
    TimeEntryWorkType,
}
