namespace Bridge.Worker.Escalation.Timeline;

/// <summary>
/// A later stage that keeps lines of its own about an incident or a ticket (write-back: its outbox's log) for the
/// timeline a person reads. Those lines are never stored in <see cref="IncidentTimeline"/>: the stages below read the
/// timeline, and a stage's results written back into what it reads would flow upstream.
/// </summary>
public interface ITimelineContributor
{
    /// <summary>The lines about the incident, oldest first.</summary>
    IReadOnlyList<TimelineEntry> ForIncident(string incidentId);

    /// <summary>The lines about the ticket, across its incidents, oldest first.</summary>
    IReadOnlyList<TimelineEntry> ForTicket(int ticketId);
}
