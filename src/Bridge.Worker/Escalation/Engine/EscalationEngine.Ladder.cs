using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Ingest;

namespace Bridge.Worker.Escalation.Engine;

/// <summary>Running the ladder: what is due, re-plans and the writes that keep an incident and its timeline together.</summary>
internal sealed partial class EscalationEngine
{
    /// <summary>How long a re-alert check waits for ConnectWise to say whether anyone worked the ticket.</summary>
    private static readonly TimeSpan WorkEvidenceDeadline = TimeSpan.FromSeconds(10);

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

        if (incident.State == IncidentState.Acknowledged && incident.AcknowledgementTimeout is { } timeout && incident.AcknowledgedAt is { } acknowledgedAt)
        {
            await CheckAcknowledgementAsync(incident, acknowledgedAt, timeout, now, cancellationToken);
        }

        // The ladder's overdue sends go first, each once, even when the threshold has passed too: nothing due is skipped;
        // but nothing the ladder would have sent after the threshold moved it on (a bridge down for hours).
        var moveTo = incident.IsOpen && incident.ThresholdAt <= now ? Blank(incident.ThresholdPolicy) : null;
        // (Due strictly before the threshold: at the threshold itself the next ladder starts.)
        await SendDueAsync(incident, moveTo is null ? now : incident.ThresholdAt!.Value.AddTicks(-1), now, cancellationToken);
        if (moveTo is { } next && incident.ThresholdAt is { } threshold)
        {
            incident.State = IncidentState.Triggered;
            RestartLadder(incident, next, now, TimelineKind.Escalated,
                $"still open at the SLA escalation threshold ({clock.Time(threshold)}): moved to {next}", TimelineChannels.Bridge);
            await SendDueAsync(incident, now, now, cancellationToken);
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

    /// <summary>
    /// An acknowledgement that sat past its timeout: a sign of work in ConnectWise since (a note, a time entry) moves the
    /// check on; none, or ConnectWise unable to say, re-alerts: the acknowledger is paged at once, then the ladder resumes.
    /// </summary>
    private async Task CheckAcknowledgementAsync(Incident incident, DateTimeOffset acknowledgedAt, TimeSpan timeout, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var quietSince = incident.LastWorkAt is { } worked && worked > acknowledgedAt ? worked : acknowledgedAt;
        if (quietSince + timeout > now)
        {
            return;
        }

        string? unknown = null;
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(WorkEvidenceDeadline);
            if (await work.LatestSinceAsync(incident.TicketId, incident.Ticket.RecordType == "ProjectTicket", quietSince, deadline.Token) is { } sign && sign.At > quietSince)
            {
                incident.LastWorkAt = sign.At;
                Write(incident, StepSender.Line(incident, TimelineKind.Note, now, e =>
                    e.Text = $"work seen in ConnectWise: {sign.What}{(sign.By is null ? "" : " by " + sign.By)} at {clock.Time(sign.At)}; next check at {clock.Time(sign.At + timeout)}"));
                return;
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            unknown = ex is OperationCanceledException ? "ConnectWise did not answer in time" : $"ConnectWise could not be asked ({ex.GetType().Name})";
            EscalationLog.WorkEvidenceFailed(logger, incident.Id, incident.TicketId, ex);
        }

        var who = incident.AcknowledgedByName ?? incident.AcknowledgedBy ?? "someone";
        var quiet = Kernel.DurationText.Of(now - quietSince);
        var message = $"Re-alert: acknowledged by {who} at {clock.Time(acknowledgedAt)}, and {(unknown is null ? "no note, time entry or status change in ConnectWise" : "no sign of work known")} for {quiet}";
        incident.State = IncidentState.Triggered;
        // Replanned, not Escalated: write-back tells the client of an escalation, and this is the desk's business.
        RestartLadder(incident, incident.Policy, now, TimelineKind.Replanned,
            $"{message}{(unknown is null ? "" : $" ({unknown})")}: paging {who} again, the ladder resumes in {Kernel.DurationText.Of(options.CurrentValue.ReAlertWait)}",
            reAlert: (incident.AcknowledgedBy, message));
    }

    /// <summary>Sends what fell due by <paramref name="dueBy"/>, now.</summary>
    private async Task SendDueAsync(Incident incident, DateTimeOffset dueBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (incident.State != IncidentState.Triggered)
        {
            return;
        }

        // A step that paged nobody brings the next one forward to now: send what that made due in the same pass.
        for (var pass = 0; pass <= incident.Steps.Count; pass++)
        {
            var due = LadderClock.DueSends(incident, dueBy);
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

    private void RestartLadder(Incident incident, string policy, DateTimeOffset now, TimelineKind kind, string text, string? channel = null, (string? Member, string Message)? reAlert = null)
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

        if (reAlert is { Member: { } member, Message: var message })
        {
            incident.Steps = LadderSteps.ReAlert(incident.Steps, member, options.CurrentValue.ReAlertWait, message);
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
