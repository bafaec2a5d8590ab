using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.OnCall;

namespace Bridge.Worker.Escalation.Acknowledgement;

/// <summary>
/// What a person can do to an incident, whatever the way in (the acknowledgement page, an SMS reply, a chat
/// button): acknowledge, escalate to the next step, resolve with the minutes worked and a note. Acknowledging
/// twice is harmless; nothing can be done to a closed incident.
/// </summary>
internal sealed class IncidentActions(
    IncidentStore incidents,
    EscalationEngine engine,
    TicketLocks locks,
    IOnCallResolver onCall,
    LocalClock clock,
    TimeProvider time) : IAcknowledgementService
{
    public Task<AckResult> AcknowledgeAsync(string incidentId, string personOrAddress, string via, CancellationToken cancellationToken) =>
        LockedAsync(incidentId, async incident =>
    {
        var member = MemberFor(personOrAddress);
        switch (incident.State)
        {
            case IncidentState.Acknowledged:
                return new AckResult(AckStatus.AlreadyAcknowledged, incidentId,
                    $"Ticket #{incident.TicketId} was already acknowledged by {incident.AcknowledgedByName ?? incident.AcknowledgedBy} at {(incident.AcknowledgedAt is { } at ? clock.Time(at) : "an earlier time")}.");
            case IncidentState.Resolved or IncidentState.Cancelled:
                return new AckResult(AckStatus.NotFound, incidentId, $"Incident {incident.Id} for ticket #{incident.TicketId} is {incident.State.ToString().ToLowerInvariant()}; nothing to acknowledge.");
        }

        var name = onCall.FindPerson(member)?.Name ?? member;
        await engine.AcknowledgeLockedAsync(incident, member, via, time.GetUtcNow(), $"acknowledged by {name} ({via})", cancellationToken);
        return new AckResult(AckStatus.Acknowledged, incidentId, $"Acknowledged ticket #{incident.TicketId}. The escalation has stopped. Thank you, {name}.");
    }, cancellationToken);

    public Task<AckResult> EscalateAsync(string incidentId, string member, string via, CancellationToken cancellationToken) =>
        LockedAsync(incidentId, async incident =>
    {
        if (!incident.IsOpen)
        {
            return new AckResult(AckStatus.NotFound, incidentId, $"Incident {incident.Id} for ticket #{incident.TicketId} is {incident.State.ToString().ToLowerInvariant()}; nothing to escalate.");
        }

        await engine.EscalateLockedAsync(incident, member, via, cancellationToken);
        return new AckResult(AckStatus.Acknowledged, incidentId, $"Escalated ticket #{incident.TicketId}: the next person is being paged.");
    }, cancellationToken);

    public Task<AckResult> ResolveAsync(string incidentId, string member, int minutesWorked, string? note, string via, CancellationToken cancellationToken) =>
        LockedAsync(incidentId, async incident =>
    {
        if (!incident.IsOpen)
        {
            return new AckResult(AckStatus.AlreadyAcknowledged, incidentId, $"Incident {incident.Id} for ticket #{incident.TicketId} is already {incident.State.ToString().ToLowerInvariant()}.");
        }

        var name = onCall.FindPerson(member)?.Name ?? member;
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        await engine.CloseAsync(incident, IncidentState.Resolved, time.GetUtcNow(),
            $"resolved by {name}{(minutesWorked > 0 ? $", {minutesWorked} min worked" : "")}", member, via, cancellationToken, minutesWorked > 0 ? minutesWorked : null, trimmed);
        return new AckResult(AckStatus.Acknowledged, incidentId, $"Resolved ticket #{incident.TicketId}{(minutesWorked > 0 ? $" with {minutesWorked} minutes logged" : "")}. Thank you, {name}.");
    }, cancellationToken);

    /// <summary>Runs <paramref name="act"/> on the incident as stored once its ticket's lock is held (a step or a change may have moved it meanwhile).</summary>
    private async Task<AckResult> LockedAsync(string incidentId, Func<Incident, Task<AckResult>> act, CancellationToken cancellationToken)
    {
        if (incidents.Get(incidentId) is not { } found)
        {
            return new AckResult(AckStatus.NotFound, incidentId, $"There is no incident {incidentId}.");
        }

        using var held = await locks.TakeAsync(found.TicketId, cancellationToken);
        return await act(incidents.Get(found.Id)!);
    }

    /// <summary>A person's member identifier, matched without regard to case; anything else is kept as given.</summary>
    private string MemberFor(string personOrAddress) => onCall.FindPerson(personOrAddress)?.Member ?? personOrAddress;
}
