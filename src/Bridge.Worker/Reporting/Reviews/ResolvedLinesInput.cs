using Bridge.Worker.Engine;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Storage;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Reporting.Reviews;

/// <summary>
/// Escalation's stored output as the review stage reads it: the incident timeline in line order. Every line is handed
/// over (the stage's cursor is a line id); the stage acts on the <see cref="TimelineKind.Resolved"/> ones.
/// </summary>
internal sealed class ResolvedLinesInput(IncidentTimeline timeline, BridgeDatabase database, IOptionsMonitor<EngineOptions> engine, TimeProvider time) : IStageInput<TimelineEntry>
{
    public const string InputName = "escalation.timeline";

    // IncidentTimeline's collection: counted here for the backlog, read only through IncidentTimeline.
    private const string TimelineCollection = "incident_timeline";

    public string Name => InputName;

    public IReadOnlyList<StageItem<TimelineEntry>> After(long position, int limit) =>
        timeline.After(checked((int)position), limit).Select(e => new StageItem<TimelineEntry>(e.Id, e.TicketId, e)).ToList();

    /// <summary>
    /// Resolutions not looked at for more than two sweeps. Escalation does not signal its timeline, so this stage comes
    /// to a fresh resolution at its next sweep: counting those would read as "behind" after every resolution, and a
    /// test on a stopped clock that waits for the engine to be quiet would wait for ever.
    /// </summary>
    public int CountAfter(long position)
    {
        var overdue = time.GetUtcNow() - (2 * engine.CurrentValue.SweepInterval);
        return database.Collection<TimelineEntry>(TimelineCollection).Count(e => e.Id > position && e.Kind == TimelineKind.Resolved && e.At < overdue);
    }

    public string Describe(TimelineEntry item) => $"incident {item.IncidentId} line {item.Id} {item.Kind}";

    /// <summary>The last line's id now: where the stage starts on its first run (incidents resolved before reviews existed are not asked about).</summary>
    public long Last() =>
        database.Collection<TimelineEntry>(TimelineCollection).Query().OrderByDescending(e => e.Id).Limit(1).FirstOrDefault()?.Id ?? 0;
}
