using Bridge.Worker.Escalation.Timeline;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// Write-back's results in the timeline a person reads: each line of each outbox record's log, as a
/// <see cref="TimelineKind.WriteBack"/> line of the record's ticket and incident. Read from the outbox, never stored
/// in the incident timeline.
/// </summary>
internal sealed class OutboxTimeline(OutboxStore store) : ITimelineContributor
{
    public IReadOnlyList<TimelineEntry> ForIncident(string incidentId) => Lines(store.ForIncident(incidentId));

    public IReadOnlyList<TimelineEntry> ForTicket(int ticketId) => Lines(store.ForTicket(ticketId));

    internal static IReadOnlyList<TimelineEntry> Lines(IEnumerable<OutboxRecord> records) =>
        records.SelectMany(r => r.Log.Select(l => Line(r, l))).OrderBy(e => e.At).ToList();

    internal static TimelineEntry Line(OutboxRecord record, OutboxLogEntry log) => new()
    {
        IncidentId = record.IncidentId ?? "",
        TicketId = record.TicketId,
        At = log.At,
        Kind = TimelineKind.WriteBack,
        Result = log.Result,
        Text = log.Text,
    };
}
