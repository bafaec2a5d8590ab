using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Ingest;
using Bridge.Worker.Kernel;
using Bridge.Worker.Routing;
using Bridge.Worker.Storage;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// Reads the incident timeline from write-back's cursor and turns each line into outbox records
/// (<see cref="WriteBackPlanner"/>). A batch's records and the cursor move in one durable write; should a crash
/// part them anyway, the lines are read again and their keys, already there, add nothing.
/// </summary>
internal sealed class TimelineFeeder(
    BridgeDatabase database,
    IncidentTimeline timeline,
    TimelineCursorStore cursor,
    OutboxStore outbox,
    TicketStateStore tickets,
    RoutingDecisionRepository decisions,
    IOptionsMonitor<WriteBackOptions> options,
    IOptionsMonitor<RoutingOptions> routing,
    TimeProvider time,
    ILogger<TimelineFeeder> logger)
{
    private const int BatchSize = 200;

    /// <summary>Reads every new line; returns the number of records added.</summary>
    public int FeedAll()
    {
        var added = 0;
        while (true)
        {
            var batch = timeline.After(cursor.Get(), BatchSize);
            if (batch.Count == 0)
            {
                return added;
            }

            var records = Plan(batch);
            var inserted = database.Write(() =>
            {
                var fresh = outbox.InsertNew(records);
                cursor.Set(batch[^1].Id);
                return fresh.Count;
            });
            added += inserted;
            if (inserted > 0)
            {
                WriteBackLog.Planned(logger, batch.Count, inserted, batch[^1].Id);
            }

            if (batch.Count < BatchSize)
            {
                return added;
            }
        }
    }

    private List<OutboxRecord> Plan(IReadOnlyList<TimelineEntry> batch)
    {
        var settings = options.CurrentValue;
        var zone = TimeZoneResolver.Find(routing.CurrentValue.TimeZone) ?? DateTimeZone.Utc;
        var now = time.GetUtcNow();
        var incidents = new Dictionary<string, IReadOnlyList<TimelineEntry>>(StringComparer.Ordinal);
        var recordTypes = new Dictionary<int, Ingest.TicketSnapshot?>();
        var records = new List<OutboxRecord>();
        foreach (var entry in batch.Where(e => e.Kind != TimelineKind.WriteBack))
        {
            var incident = entry.Kind == TimelineKind.StepCompleted
                ? LinesOf(entry.IncidentId, incidents)
                : [];
            // Only lines that log a person's time or move the status need the ticket's billing and status.
            var statusOrTime = entry.Kind is TimelineKind.Acknowledged or TimelineKind.Resolved or TimelineKind.Escalated;
            var ticketDecisions = statusOrTime ? decisions.ForTicket(entry.TicketId) : [];
            var decision = ticketDecisions.Count == 0 ? null : ticketDecisions[^1];
            // Lines that may mail the client need the ticket's contact.
            var notice = entry.Kind is TimelineKind.Opened or TimelineKind.Deferred or TimelineKind.Acknowledged or TimelineKind.Escalated or TimelineKind.ClientNotice;
            var ticket = statusOrTime || notice ? tickets.Get(entry.TicketId) : null;
            var seen = statusOrTime && ticket is { StatusId: { } statusId }
                ? new KnownStatus(statusId, ticket.StatusName, ticket.LastUpdated)
                : null;
            var context = new WriteBackPlanContext(settings, zone, now, seen, TimeEntryBilling.KindOf(decision), decision?.Billing is { Length: > 0 } label ? label : "normal",
                notice ? ticket : null);
            var planned = WriteBackPlanner.Plan(entry, incident.Where(e => e.Id <= entry.Id).ToList(), context);
            if (planned.Count > 0 && (ticket ?? RecordTypeOf(entry.TicketId, recordTypes)) is { } known && known.IsProjectTicket)
            {
                foreach (var record in planned)
                {
                    record.RecordType = known.RecordType;
                }
            }

            records.AddRange(planned);
        }

        return records;
    }

    private Ingest.TicketSnapshot? RecordTypeOf(int ticketId, Dictionary<int, Ingest.TicketSnapshot?> cache)
    {
        if (!cache.TryGetValue(ticketId, out var ticket))
        {
            cache[ticketId] = ticket = tickets.Get(ticketId);
        }

        return ticket;
    }

    private IReadOnlyList<TimelineEntry> LinesOf(string incidentId, Dictionary<string, IReadOnlyList<TimelineEntry>> cache)
    {
        if (!cache.TryGetValue(incidentId, out var lines))
        {
            cache[incidentId] = lines = timeline.ForIncident(incidentId);
        }

        return lines;
    }
}
