using LiteDB;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// One write to ConnectWise, stored (collection <c>outbox</c>) before it is attempted. <see cref="Key"/> is the
/// idempotency key (unique) and, inside <c>[bridge:…]</c>, the marker that finds a note or time entry again on
/// the ticket when an answer was lost.
/// </summary>
public sealed class OutboxRecord
{
    public int Id { get; set; }

    /// <summary>Derived from what caused the write, e.g. <c>tl:42:note</c> for timeline line 42.</summary>
    public string Key { get; set; } = "";

    public OutboxKind Kind { get; set; }

    public int TicketId { get; set; }

    public string? IncidentId { get; set; }

    /// <summary>
    /// The ticket's <c>recordType</c> when planned (null: a service ticket). Project tickets live under
    /// <c>/project/tickets</c> and take time as <c>ProjectTicket</c>/<c>ProjectIssue</c>, never as a service ticket.
    /// </summary>
    public string? RecordType { get; set; }

    public bool IsProjectTicket => Ingest.TicketRecordTypes.IsProject(RecordType);

    /// <summary>The timeline line the write came from, if any.</summary>
    public int? TimelineEntryId { get; set; }

    /// <summary>The kind's payload as JSON (<see cref="StatusWrite"/>, <see cref="NoteWrite"/>, <see cref="TimeEntryWrite"/>).</summary>
    public string Payload { get; set; } = "";

    /// <summary>What the write does, as a person reads it.</summary>
    public string Summary { get; set; } = "";

    public OutboxState State { get; set; }

    /// <summary>True until the record reaches a final state (sent, parked, skipped, shadowed); indexed.</summary>
    public bool Open { get; set; } = true;

    /// <summary>An attempt's outcome was unclear after the create left: look for the marker before posting again.</summary>
    public bool MayExist { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? SendingDeadline { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>The last failure, as ConnectWise or the network worded it.</summary>
    public string? LastError { get; set; }

    /// <summary>How the record ended (applied, skipped and why, parked and why, what shadow mode would have done).</summary>
    public string? Outcome { get; set; }

    /// <summary>Id of the note or time entry created (or found).</summary>
    public int? ConnectWiseId { get; set; }

    /// <summary>How each attempt ended and what admins did, oldest first: write-back's results, shown in the timeline.</summary>
    public List<OutboxLogEntry> Log { get; set; } = [];

    /// <summary>Adds a line to <see cref="Log"/>; the caller stores the record.</summary>
    public void AddLog(DateTimeOffset at, string result, string text) => Log.Add(new OutboxLogEntry { At = at, Result = result, Text = text });

    /// <summary>The marker written into the note text or the time entry's internal notes.</summary>
    [BsonIgnore]
    public string Marker => OutboxMarker.For(Key);
}
