using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Ingest;
using Bridge.Worker.Routing;
using Bridge.Worker.Storage;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Escalation.Engine;

/// <summary>
/// Incidents from ConnectWise changes and routing decisions: opens one per ticket and cause, moves it to another
/// ladder when the assignment or priority changes, takes a work-in-progress status as an acknowledgement, resolves
/// it when the ticket closes, cancels it when the ticket no longer needs anyone now; and runs whatever is due.
/// Every change to an incident is written with its timeline line, then its timer is set.
/// </summary>
internal sealed partial class EscalationEngine(
    BridgeDatabase database,
    IncidentStore incidents,
    IncidentTimeline timeline,
    StepSender sender,
    IWorkEvidence work,
    IEscalationTimers timers,
    TicketLocks locks,
    LocalClock clock,
    IOptionsMonitor<EscalationOptions> options,
    Telemetry.BridgeMetrics metrics,
    TimeProvider time,
    ILogger<EscalationEngine> logger)
{
    /// <summary>
    /// Decides what the change asks of the ticket's incidents (<see cref="IncidentChangeDecider"/>), applies every state
    /// change with its timeline line in one write, then sets timers and runs the ladders of incidents opened or moved.
    /// </summary>
    public async Task HandleAsync(TicketChange change, RoutingDecision? decision, CancellationToken cancellationToken)
    {
        using var held = await locks.TakeAsync(change.TicketId, cancellationToken);
        var now = time.GetUtcNow();
        var ticket = change.Ticket;
        var open = incidents.OpenForTicket(change.TicketId).ToList();
        foreach (var incident in open)
        {
            incident.Ticket.Refresh(ticket);
            // Write-back bills logged time by the ticket's latest decision, and reads it only from the lines.
            if (decision is not null)
            {
                (incident.Billing, incident.BillingMultiplier) = (decision.Billing.Kind, decision.Billing.Multiplier);
            }
        }

        var actions = IncidentChangeDecider.Decide(open, change, decision, options.CurrentValue, now, clock.Zone);
        var byId = open.ToDictionary(i => i.Id);
        var after = new List<Func<Task>>();
        database.Write(() =>
        {
            foreach (var action in actions)
            {
                Apply(action, byId, decision, ticket, now, after, cancellationToken);
            }
        });
        foreach (var next in after)
        {
            await next();
        }
    }

    /// <summary>One action's storage writes (inside the caller's transaction); what must wait for the commit goes to <paramref name="after"/>.</summary>
    private void Apply(IncidentAction action, Dictionary<int, Incident> open, RoutingDecision? decision, TicketSnapshot ticket, DateTimeOffset now, List<Func<Task>> after, CancellationToken cancellationToken)
    {
        switch (action)
        {
            case IncidentAction.Close close:
                var closing = open[close.IncidentId];
                Close(closing, close.State, now, close.Reason, close.By, close.Via);
                after.Add(() => timers.SetAsync(closing, cancellationToken));
                break;
            case IncidentAction.Acknowledge ack:
                var acknowledged = open[ack.IncidentId];
                Acknowledge(acknowledged, ack.By, ack.Via, now, ack.Text);
                after.Add(() => timers.SetAsync(acknowledged, cancellationToken));
                break;
            case IncidentAction.Open opening:
                var opened = Open(opening.Plan, decision!, ticket, now);
                after.Add(() => RunLockedAsync(opened, cancellationToken));
                break;
            case IncidentAction.StartWaiting waiting:
                var started = StartWaiting(waiting, ticket, now);
                after.Add(() => timers.SetAsync(started, cancellationToken));
                break;
            case IncidentAction.Replan replan:
                var moved = open[replan.IncidentId];
                var run = Replan(moved, replan.Policy, decision!, now, replan.Why, replan.Cause);
                after.Add(() => run ? RunLockedAsync(moved, cancellationToken) : timers.SetAsync(moved, cancellationToken));
                break;
            case IncidentAction.Defer defer:
                timeline.Insert(new TimelineEntry
                {
                    TicketId = ticket.Id,
                    At = now,
                    Kind = TimelineKind.Deferred,
                    Policy = defer.Policy,
                    Note = defer.When,
                    Text = defer.Text,
                    Ticket = TicketFacts.Of(IncidentTicket.From(ticket), decision!.Billing),
                });
                break;
            case IncidentAction.WorkSeen work:
                var worked = open[work.IncidentId];
                worked.LastWorkAt = work.At;
                Write(worked, StepSender.Line(worked, TimelineKind.Note, now, e => e.Text = $"work seen in ConnectWise: {work.What} at {clock.Time(work.At)}"));
                after.Add(() => timers.SetAsync(worked, cancellationToken));
                break;
            case IncidentAction.Keep keep:
                Save(open[keep.IncidentId]);
                break;
            case IncidentAction.SkipOldSla old:
                EscalationLog.OldSlaNotOpened(logger, ticket.Id, old.Age);
                break;
            case IncidentAction.SkipDisabled disabled:
                EscalationLog.Disabled(logger, ticket.Id, disabled.Why);
                break;
            default:
                throw new InvalidOperationException($"No executor for {action.GetType().Name}.");
        }
    }

    private Incident StartWaiting(IncidentAction.StartWaiting waiting, TicketSnapshot ticket, DateTimeOffset now)
    {
        var incident = new Incident
        {
            TicketId = ticket.Id,
            Cause = IncidentCause.WaitingOnClient,
            State = IncidentState.Triggered,
            Policy = waiting.Policy,
            OpenedAt = now,
            LadderStart = waiting.Start,
            Steps = CopySteps(options.CurrentValue.Policies[waiting.Policy], IncidentCause.WaitingOnClient),
        };
        Insert(incident, ticket, now, waiting.Text);
        return incident;
    }

    private Incident Open(IncidentPlan plan, RoutingDecision decision, TicketSnapshot ticket, DateTimeOffset now)
    {
        var incident = IncidentPlanner.Open(plan, decision, ticket, options.CurrentValue, now);
        Insert(incident, ticket, now, $"opened for ticket #{ticket.Id} ({ticket.CompanyName ?? ticket.CompanyIdentifier}): {plan.Why}; policy {plan.Policy}, ladder from {clock.Time(plan.LadderStart)}");
        return incident;
    }

    /// <summary>Stores a new incident with its Opened line in one write.</summary>
    private void Insert(Incident incident, TicketSnapshot ticket, DateTimeOffset now, string text)
    {
        incident.Ticket.Refresh(ticket);
        incident.NextDueAt = LadderClock.NextDueAt(incident);
        database.Write(() =>
        {
            incidents.Insert(incident);
            timeline.Insert(StepSender.Line(incident, TimelineKind.Opened, now, e => e.Text = text));
        });
        EscalationLog.Opened(logger, incident.Id, incident.TicketId, incident.Cause, incident.Policy, incident.LadderStart);
    }

    /// <summary>Moves the incident to <paramref name="policy"/>; returns whether its new ladder must run now (false: someone is on it).</summary>
    private bool Replan(Incident incident, string policy, RoutingDecision decision, DateTimeOffset now, string why, string? cause)
    {
        if (cause is not null)
        {
            why += $" ({incident.Cause} → {cause})";
            incident.Cause = cause;
            incident.ResponseDueAt = decision.Sla.InternalResponse;
        }

        incident.PriorityLevel = decision.PriorityLevel;
        (incident.Billing, incident.BillingMultiplier) = (decision.Billing.Kind, decision.Billing.Multiplier);
        incident.ThresholdAt = decision.Sla.Escalation;
        if (incident.State == IncidentState.Acknowledged)
        {
            // Someone is on it: the new ladder only matters if the acknowledgement times out.
            var policyOptions = options.CurrentValue.Policies[policy];
            incident.Policy = policy;
            incident.ThresholdPolicy = Blank(policyOptions.ThresholdPolicy);
            incident.AcknowledgementTimeout = policyOptions.AcknowledgementTimeout;
            Write(incident, StepSender.Line(incident, TimelineKind.Replanned, now, e => e.Text = $"{why}: now {policy}; acknowledged, so nobody is paged"));
            return false;
        }

        RestartLadder(incident, policy, now, TimelineKind.Replanned, $"{why}: moved to {policy}");
        return true;
    }
}
