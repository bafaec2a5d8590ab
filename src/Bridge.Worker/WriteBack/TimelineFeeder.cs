using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Kernel;
using Bridge.Worker.Routing;
using Bridge.Worker.Storage;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// Reads the incident timeline from write-back's cursor and turns each line into outbox records
/// (<see cref="WriteBackPlanner"/>). The lines are all it reads: each carries what escalation knew of its ticket.
/// A batch's records and the cursor move in one durable write; should a crash part them anyway, the lines are read
/// again and their keys, already there, add nothing.
/// </summary>
internal sealed class TimelineFeeder(
    BridgeDatabase database,
    IncidentTimeline timeline,
    TimelineCursorStore cursor,
    OutboxStore outbox,
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
        var zone = TimeZoneResolver.Find(routing.CurrentValue.TimeZone) ?? DateTimeZone.Utc;
        var context = new WriteBackPlanContext(options.CurrentValue, zone, time.GetUtcNow());
        var incidents = new Dictionary<string, IReadOnlyList<TimelineEntry>>(StringComparer.Ordinal);
        var records = new List<OutboxRecord>();
        // WriteBack lines are no longer written (results are the outbox's log); older state files still hold some.
        foreach (var entry in batch.Where(e => e.Kind != TimelineKind.WriteBack))
        {
            var incident = entry.Kind == TimelineKind.StepCompleted
                ? LinesOf(entry.IncidentId, incidents)
                : [];
            records.AddRange(WriteBackPlanner.Plan(entry, incident.Where(e => e.Id <= entry.Id).ToList(), context));
        }

        return records;
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
