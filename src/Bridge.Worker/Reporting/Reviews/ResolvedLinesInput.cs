using Bridge.Worker.Engine;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Storage;

namespace Bridge.Worker.Reporting.Reviews;

/// <summary>
/// Escalation's stored output as the review stage reads it: the incident timeline in line order. Every line is handed
/// over (the stage's cursor is a line id); the stage acts on the <see cref="TimelineKind.Resolved"/> ones.
/// </summary>
internal sealed class ResolvedLinesInput(IncidentTimeline timeline, BridgeDatabase database) : IStageInput<TimelineEntry>
{
    public const string InputName = "escalation.timeline";

    // IncidentTimeline's collection: counted here for the backlog, read only through IncidentTimeline.
    private const string TimelineCollection = "incident_timeline";

    public string Name => InputName;

    public IReadOnlyList<StageItem<TimelineEntry>> After(long position, int limit) =>
        timeline.After(checked((int)position), limit).Select(e => new StageItem<TimelineEntry>(e.Id, e.TicketId, e)).ToList();

    public int CountAfter(long position) =>
        database.Collection<TimelineEntry>(TimelineCollection).Count(e => e.Id > position && e.Kind == TimelineKind.Resolved);

    public string Describe(TimelineEntry item) => $"incident {item.IncidentId} line {item.Id} {item.Kind}";

    /// <summary>The last line's id now: where the stage starts on its first run (incidents resolved before reviews existed are not asked about).</summary>
    public long Last() =>
        database.Collection<TimelineEntry>(TimelineCollection).Query().OrderByDescending(e => e.Id).Limit(1).FirstOrDefault()?.Id ?? 0;
}
