using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Ingest;

namespace Bridge.Worker.Escalation.Engine;

/// <summary>Running the ladder: what is due, re-plans and the writes that keep an incident and its timeline together.</summary>
internal sealed partial class EscalationEngine
{
    /// <summary>Runs what is due for one incident.</summary>
    public async Task RunAsync(int incidentId, CancellationToken cancellationToken)
    {
        if (incidents.Get(incidentId) is not { } found)
        {
            return;
        }

        using var held = await locks.TakeAsync(found.TicketId, cancellationToken);
        if (incidents.Get(incidentId) is not { } incident)
        {
            return;
        }

        await RunLockedAsync(incident, cancellationToken);
    }

    /// <summary>The sweeper: runs every incident with something due now. Returns how many were run.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var due = incidents.Due(time.GetUtcNow());
        foreach (var incident in due)
        {
            try
            {
                await RunAsync(incident.Id, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                EscalationLog.RunFailed(logger, incident.Id, ex);
            }
        }

        return due.Count;
    }

    internal async Task RunLockedAsync(Incident incident, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (incident.InFlight is { } interrupted && incident.State == IncidentState.Triggered)
        {
            EscalationLog.Resumed(logger, incident.Id, interrupted.Step, interrupted.Repeat);
            await sender.DeliverAsync(incident, now, cancellationToken);
        }

        if (incident.State == IncidentState.Acknowledged && incident.AcknowledgementTimeout is { } timeout
            && incident.AcknowledgedAt is { } acknowledgedAt && acknowledgedAt + timeout <= now)
        {
            incident.State = IncidentState.Triggered;
            RestartLadder(incident, incident.Policy, now, TimelineKind.Replanned,
                $"acknowledged by {incident.AcknowledgedByName ?? incident.AcknowledgedBy} at {clock.Time(acknowledgedAt)} and still open after {timeout.TotalMinutes:0} min: paging again");
        }

        // The ladder's overdue sends go first, each once, even when the threshold has passed too: nothing due is skipped.
        await SendDueAsync(incident, now, cancellationToken);
        if (incident.IsOpen && !string.IsNullOrWhiteSpace(incident.ThresholdPolicy) && incident.ThresholdAt is { } threshold && threshold <= now)
        {
            var next = incident.ThresholdPolicy.Trim();
            incident.State = IncidentState.Triggered;
            RestartLadder(incident, next, now, TimelineKind.Escalated,
                $"still open at the SLA escalation threshold ({clock.Time(threshold)}): moved to {next}", TimelineChannels.Bridge);
            await SendDueAsync(incident, now, cancellationToken);
        }

        if (incident.State == IncidentState.Triggered && !incident.GaveUp && incident.GiveUpAt is { } end && end <= now)
        {
            incident.GaveUp = true;
            Write(incident, StepSender.Line(incident, TimelineKind.StepCompleted, now, e =>
                e.Text = $"gave up at {clock.Time(end)}: nobody acknowledged in {Kernel.DurationText.Of(end - incident.LadderStart)}; nobody is paged on this ladder any more"));
        }

        Save(incident);
        await timers.SetAsync(incident, cancellationToken);
    }

    private async Task SendDueAsync(Incident incident, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (incident.State != IncidentState.Triggered)
        {
            return;
        }

        // A step that paged nobody brings the next one forward to now: send what that made due in the same pass.
        for (var pass = 0; pass <= incident.Steps.Count; pass++)
        {
            var due = LadderClock.DueSends(incident, now);
            if (due.Count == 0)
            {
                return;
            }

            foreach (var send in due)
            {
                await sender.SendAsync(incident, send, now, cancellationToken);
            }
        }
    }

    private void RestartLadder(Incident incident, string policy, DateTimeOffset now, TimelineKind kind, string text, string? channel = null)
    {
        if (!options.CurrentValue.Policies.TryGetValue(policy, out var policyOptions))
        {
            text += $" (policy {policy} is no longer configured; the current ladder goes on)";
            policyOptions = null;
        }

        if (policyOptions is not null)
        {
            incident.Policy = policy;
            incident.Steps = CopySteps(policyOptions, incident.Cause);
            incident.GiveUpAt = LadderSteps.GiveUpAt(policyOptions, options.CurrentValue, incident.Cause, now);
            incident.ThresholdPolicy = Blank(policyOptions.ThresholdPolicy);
            incident.AcknowledgementTimeout = policyOptions.AcknowledgementTimeout;
        }
        else
        {
            incident.ThresholdPolicy = null;
        }

        incident.Ladder++;
        incident.LadderStart = now;
        incident.GaveUp = false;
        incident.InFlight = null;
        Write(incident, StepSender.Line(incident, kind, now, e => (e.Text, e.Channel) = (text, channel)));
        EscalationLog.Replanned(logger, incident.Id, incident.Policy, incident.Ladder, text);
    }

    private void Write(Incident incident, TimelineEntry line)
    {
        Stamp(incident);
        database.Write(() =>
        {
            incidents.Update(incident);
            timeline.Insert(line);
        });
    }

    private void Save(Incident incident)
    {
        Stamp(incident);
        database.Write(() => incidents.Update(incident));
    }

    /// <summary>Stores when the incident must be looked at next: the truth the alarm and the sweeper read.</summary>
    private static void Stamp(Incident incident) => incident.NextDueAt = LadderClock.NextDueAt(incident);

    private string PersonName(string member) => sender.NameOf(member);

    private List<IncidentStep> CopySteps(EscalationPolicyOptions policy, string cause) => LadderSteps.Copy(policy, options.CurrentValue, cause);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
