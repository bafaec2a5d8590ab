namespace Bridge.Worker.Escalation.Timeline;

/// <summary>
/// The timeline as a person reads it (<c>bridge incident</c>, <c>GET /incidents/{id}</c>): escalation's lines in their
/// order, with the lines later stages keep (<see cref="ITimelineContributor"/>) merged in by instant.
/// </summary>
internal sealed class TimelineView(IncidentTimeline timeline, IEnumerable<ITimelineContributor> contributors)
{
    public IReadOnlyList<TimelineEntry> ForIncident(string incidentId) =>
        Merge(timeline.ForIncident(incidentId), contributors.SelectMany(c => c.ForIncident(incidentId)));

    public IReadOnlyList<TimelineEntry> ForTicket(int ticketId) =>
        Merge(timeline.ForTicket(ticketId), contributors.SelectMany(c => c.ForTicket(ticketId)));

    /// <summary>
    /// Keeps the timeline's own order (by id: a delivery's attempt line may carry an instant before the line stored
    /// ahead of it) and puts each other line before the first timeline line that is later than it.
    /// </summary>
    internal static IReadOnlyList<TimelineEntry> Merge(IReadOnlyList<TimelineEntry> lines, IEnumerable<TimelineEntry> others)
    {
        var added = others.OrderBy(e => e.At).ToList();
        if (added.Count == 0)
        {
            return lines;
        }

        var merged = new List<TimelineEntry>(lines.Count + added.Count);
        var next = 0;
        foreach (var line in lines)
        {
            while (next < added.Count && added[next].At < line.At)
            {
                merged.Add(added[next++]);
            }

            merged.Add(line);
        }

        merged.AddRange(added.Skip(next));
        return merged;
    }
}
