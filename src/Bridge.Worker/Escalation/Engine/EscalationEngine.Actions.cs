using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;

namespace Bridge.Worker.Escalation.Engine;

/// <summary>What people do to an incident: acknowledge, escalate to the next step, resolve (and the bridge closing it).</summary>
internal sealed partial class EscalationEngine
{
    internal async Task<IncidentState> AcknowledgeLockedAsync(Incident incident, string member, string via, DateTimeOffset now, string text, CancellationToken cancellationToken, int? minutes = null)
    {
        Acknowledge(incident, member, via, now, text, minutes);
        await timers.SetAsync(incident, cancellationToken);
        return incident.State;
    }

    internal async Task CloseAsync(Incident incident, IncidentState state, DateTimeOffset now, string reason, string? member, string via, CancellationToken cancellationToken, int? minutes = null, string? note = null)
    {
        Close(incident, state, now, reason, member, via, minutes, note);
        await timers.SetAsync(incident, cancellationToken);
    }

    /// <summary>The acknowledgement and its line, in one write (joining the caller's transaction); the caller sets the timer.</summary>
    private void Acknowledge(Incident incident, string member, string via, DateTimeOffset now, string text, int? minutes = null)
    {
        incident.State = IncidentState.Acknowledged;
        incident.AcknowledgedBy = member;
        incident.AcknowledgedByName = PersonName(member);
        incident.AcknowledgedAt = now;
        metrics.Acknowledged(now - incident.OpenedAt);
        incident.InFlight = null;
        Write(incident, StepSender.Line(incident, TimelineKind.Acknowledged, now, e =>
        {
            (e.PersonId, e.PersonName, e.Channel, e.MinutesWorked) = (member, incident.AcknowledgedByName, via, minutes);
            e.Text = text;
        }));
        EscalationLog.StateChanged(logger, incident.Id, IncidentState.Acknowledged, member, via);
    }

    /// <summary>The close and its line, in one write (joining the caller's transaction); the caller sets the timer.</summary>
    private void Close(Incident incident, IncidentState state, DateTimeOffset now, string reason, string? member, string via, int? minutes = null, string? note = null)
    {
        incident.State = state;
        incident.ClosedAt = now;
        incident.ClosedReason = reason;
        incident.InFlight = null;
        Write(incident, StepSender.Line(incident, state == IncidentState.Resolved ? TimelineKind.Resolved : TimelineKind.Cancelled, now, e =>
        {
            (e.PersonId, e.PersonName, e.Channel, e.MinutesWorked, e.Note) = (member, member is null ? null : PersonName(member), via, minutes, note);
            e.Text = reason;
        }));
        EscalationLog.Closed(logger, incident.Id, state, reason);
    }

    /// <summary>Brings the next step forward to now ("escalate to next"), or repeats the last one when the ladder is spent.</summary>
    internal async Task EscalateLockedAsync(Incident incident, string member, string via, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        incident.State = IncidentState.Triggered;
        // A person asking for more pages outranks a ladder that gave up.
        (incident.GiveUpAt, incident.GaveUp) = (null, false);
        var next = incident.Steps.Where(s => s.NextRepeat == 0 && LadderClock.NextDue(incident, s) > now).OrderBy(s => s.After).ThenBy(s => s.Number).FirstOrDefault();
        if (next is null && incident.Steps.Count > 0)
        {
            next = incident.Steps.LastOrDefault(s => s.ThenEvery is not null) ?? incident.Steps.Last(s => !s.IsFallback);
            if (next.NextRepeat > next.RepeatCount && next.ThenEvery is null)
            {
                next.RepeatCount = next.NextRepeat;
            }
        }

        if (next is not null)
        {
            next.DueOverride = now;
        }

        Write(incident, StepSender.Line(incident, TimelineKind.Escalated, now, e =>
        {
            (e.PersonId, e.PersonName, e.Channel) = (member, PersonName(member), via);
            e.Text = $"{PersonName(member)} asked to escalate: step {next?.Number} now";
        }));
        EscalationLog.StateChanged(logger, incident.Id, IncidentState.Triggered, member, via);
        await RunLockedAsync(incident, cancellationToken);
    }
}
