using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.OnCall;

namespace Bridge.Worker.Reporting.Paging;

/// <summary>
/// What the paging report reads of one incident, taken from the incident and its timeline lines: the first
/// acknowledgement (who, through which channel), the resolution (who), and the pages sent.
/// </summary>
internal sealed record IncidentFacts(
    Incident Incident,
    IReadOnlyList<TimelineEntry> Lines,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    string? Channel,
    DateTimeOffset? ResolvedAt,
    string? ResolvedBy,
    IReadOnlyList<PageSent> Pages)
{
    private static readonly HashSet<string> Reached = new(StringComparer.OrdinalIgnoreCase) { "sent", "delivered", "read" };

    private static readonly HashSet<string> ContactChannels =
        Enum.GetNames<ContactKind>().Select(n => n.ToLowerInvariant()).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The ticket's company name, or its identifier.</summary>
    public string Client => Incident.Ticket.CompanyName ?? Incident.Ticket.CompanyIdentifier ?? "(no client)";

    public string Priority => Incident.PriorityLevel ?? "(none)";

    public TimeSpan? ToAcknowledge => AcknowledgedAt - Incident.OpenedAt;

    public TimeSpan? ToResolve => ResolvedAt - Incident.OpenedAt;

    /// <summary>When a person first answered: the acknowledgement, or a person's resolve without one.</summary>
    public DateTimeOffset? RespondedAt => AcknowledgedAt ?? (ResolvedBy is not null ? ResolvedAt : null);

    /// <summary>Reads one incident and its lines (any order).</summary>
    public static IncidentFacts Of(Incident incident, IEnumerable<TimelineEntry> lines)
    {
        var ordered = lines.OrderBy(l => l.At).ThenBy(l => l.Id).ToList();
        var ack = ordered.FirstOrDefault(l => l.Kind == TimelineKind.Acknowledged);
        var acknowledgedAt = ack?.At ?? incident.AcknowledgedAt;
        var acknowledgedBy = ack?.PersonId ?? incident.AcknowledgedBy;
        var resolved = incident.State == IncidentState.Resolved ? ordered.LastOrDefault(l => l.Kind == TimelineKind.Resolved) : null;
        var resolvedAt = incident.State == IncidentState.Resolved ? resolved?.At ?? incident.ClosedAt : null;
        var pages = ordered
            .Where(l => l.Kind == TimelineKind.NotificationAttempt && l.PersonId is not null)
            .GroupBy(l => (l.Step, l.Repeat, Person: l.PersonId!.ToLowerInvariant()))
            .Select(g => new PageSent(g.First().PersonId!, g.First().At, g.Any(l => l.Result is { } r && Reached.Contains(r)), g.Select(l => l.Channel).ToList()))
            .ToList();
        return new IncidentFacts(incident, ordered, acknowledgedAt, acknowledgedBy, ChannelOf(ack, ordered), resolvedAt, resolved?.PersonId, pages);
    }

    /// <summary>
    /// The channel the acknowledgement came through when it is a contact method (an SMS reply); otherwise (a link, a
    /// status in ConnectWise) the channel of the latest page that reached the person before it; else how it came in.
    /// </summary>
    private static string? ChannelOf(TimelineEntry? ack, IReadOnlyList<TimelineEntry> lines)
    {
        if (ack is null || ack.Channel is { } own && ContactChannels.Contains(own))
        {
            return ack?.Channel?.ToLowerInvariant();
        }

        var page = lines.LastOrDefault(l =>
            l.Kind == TimelineKind.NotificationAttempt && l.At <= ack.At && l.Channel is not null
            && string.Equals(l.PersonId, ack.PersonId, StringComparison.OrdinalIgnoreCase) && l.Result is { } r && Reached.Contains(r));
        return (page?.Channel ?? ack.Channel)?.ToLowerInvariant();
    }
}

/// <summary>One page: one person notified on one send of a step (every channel of that send together).</summary>
internal sealed record PageSent(string PersonId, DateTimeOffset At, bool Reached, IReadOnlyList<string?> Channels);
