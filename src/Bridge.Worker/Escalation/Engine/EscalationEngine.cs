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
    IEscalationTimers timers,
    TicketLocks locks,
    LocalClock clock,
    IOptionsMonitor<EscalationOptions> options,
    TimeProvider time,
    ILogger<EscalationEngine> logger)
{
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

        if (ticket.Deleted || change.Kind == TicketChangeKind.Deleted)
        {
            foreach (var incident in open)
            {
                await CloseAsync(incident, IncidentState.Cancelled, now, $"ticket #{ticket.Id} was deleted in ConnectWise: nobody is paged for it any more", null, TimelineChannels.ConnectWise, cancellationToken);
            }

            return;
        }

        if (ticket.Closed || change.Kind == TicketChangeKind.Closed)
        {
            foreach (var incident in open)
            {
                // The bridge's own close coming back (a resolve from the acknowledgement page) is nobody's close.
                var by = change.ByBridge ? null : ticket.UpdatedBy;
                var text = change.ByBridge ? "ticket closed by the bridge's own write to ConnectWise" : $"ticket closed in ConnectWise{(by is null ? "" : " by " + by)}";
                await CloseAsync(incident, IncidentState.Resolved, now, text, by, TimelineChannels.ConnectWise, cancellationToken);
            }

            return;
        }

        await FollowWaitingAsync(change, open, now, cancellationToken);
        open.RemoveAll(i => i.Cause == IncidentCause.WaitingOnClient);

        var inProgress = IsWorkInProgress(ticket.StatusName);
        // Not skipped for the bridge's own member: updatedBy names a version's last save of any kind (often the bridge's
        // own note just after a person set the status), so it cannot tell who moved the status.
        if (inProgress && change.Kind is TicketChangeKind.StatusChanged or TicketChangeKind.Created)
        {
            foreach (var incident in open.Where(i => i.State == IncidentState.Triggered).ToList())
            {
                if (incident.Cause == IncidentCause.Sla && incident.Paged.Count == 0)
                {
                    await CloseAsync(incident, IncidentState.Cancelled, now, $"status {ticket.StatusName}: responded before the SLA ran out", null, TimelineChannels.ConnectWise, cancellationToken);
                    open.Remove(incident);
                }
                else
                {
                    var by = ticket.UpdatedBy ?? ticket.OwnerIdentifier ?? "someone";
                    await AcknowledgeLockedAsync(incident, by, TimelineChannels.ConnectWise, now, $"status set to {ticket.StatusName} in ConnectWise by {by}", cancellationToken);
                }
            }
        }

        var settings = options.CurrentValue;
        var plan = decision is null
            ? null
            : IncidentPlanner.Plan(decision, ticket.DateEntered, now, settings.ColdStartWindow, settings.BusinessHoursPolicy, settings.Policies.ContainsKey, clock.Full);
        var current = open.FirstOrDefault(i => i.IsOpen);
        if (decision is null)
        {
            if (current is not null)
            {
                Save(current);
            }

            return;
        }

        // Only a ticket entered just now: on a first start the bridge reads every open ticket, and old ones were answered long ago.
        if (current is null && plan is null && change.Kind == TicketChangeKind.Created && !inProgress
            && decision.Disposition == Disposition.NextBusinessDay && decision.Contract == Routing.Rules.ContractKind.BusinessHoursOnly
            && ticket.DateEntered is not null && !IncidentPlanner.SeenLate(ticket.DateEntered, now, settings.ColdStartWindow))
        {
            // Nobody is paged, but the client is told when work starts (write-back mails the notice).
            var opens = decision.NextBusinessOpening;
            var local = NodaTime.Instant.FromDateTimeOffset(opens).InZone(clock.Zone);
            var when = local.ToString("dddd d MMMM 'at' HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            timeline.Append(new TimelineEntry
            {
                TicketId = ticket.Id,
                At = now,
                Kind = TimelineKind.Deferred,
                Policy = decision.EscalationPolicy,
                Note = when,
                Text = $"waits for the next business opening, {when}: the {decision.Contract} contract has no after-hours response",
                Ticket = TicketFacts.Of(IncidentTicket.From(ticket), decision.Billing),
            });
            return;
        }

        if (current is null)
        {
            if (plan is not null && !inProgress && MayOpen(change.Kind, plan.Cause))
            {
                // A first start (or a long outage) brings in every open ticket: one entered days ago missed its
                // response SLA long before the bridge saw it, and a page for each would be a storm at 9 a.m.
                if (plan.Cause == IncidentCause.Sla && IncidentPlanner.SeenLate(ticket.DateEntered, now, settings.ColdStartWindow))
                {
                    EscalationLog.OldSlaNotOpened(logger, ticket.Id, now - ticket.DateEntered!.Value);
                    return;
                }

                if (settings.Enabled)
                {
                    await OpenAsync(plan, decision, ticket, now, cancellationToken);
                }
                else
                {
                    EscalationLog.Disabled(logger, ticket.Id, plan.Why);
                }
            }

            return;
        }

        if (plan is null)
        {
            await CloseAsync(current, IncidentState.Cancelled, now, $"no longer needs anyone now: {decision.Disposition} ({Describe(decision)})", null, TimelineChannels.Bridge, cancellationToken);
            return;
        }

        if (plan.Cause != current.Cause)
        {
            // Business hours began while an after-hours incident is still open: it goes on until someone acknowledges.
            Save(current);
            return;
        }

        if (!string.Equals(plan.Policy, current.Policy, StringComparison.OrdinalIgnoreCase))
        {
            await ReplanAsync(current, plan.Policy, decision, now, Why(change), cancellationToken);
            return;
        }

        Save(current);
    }

    /// <summary>
    /// A status in <c>Escalation:WaitingStatuses</c> starts the waiting-on-client ladder from the moment the status was
    /// set (a ticket first seen already waiting: from now); any other status stops it.
    /// </summary>
    private async Task FollowWaitingAsync(TicketChange change, List<Incident> open, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var waiting = open.FirstOrDefault(i => i.Cause == IncidentCause.WaitingOnClient);
        var isWaiting = change.Ticket.StatusName is { } status
            && settings.WaitingStatuses.Any(s => string.Equals(s.Trim(), status.Trim(), StringComparison.OrdinalIgnoreCase));
        if (waiting is not null && !isWaiting && change.Kind == TicketChangeKind.StatusChanged)
        {
            await CloseAsync(waiting, IncidentState.Cancelled, now, $"status moved to {change.Ticket.StatusName}: no longer waiting on the client", null, TimelineChannels.ConnectWise, cancellationToken);
            return;
        }

        if (waiting is null && isWaiting && change.Kind is TicketChangeKind.StatusChanged or TicketChangeKind.Created
            && settings.Enabled && Blank(settings.WaitingPolicy) is { } policyName && settings.Policies.TryGetValue(policyName, out var policy))
        {
            var start = change.Kind == TicketChangeKind.StatusChanged && change.LastUpdated <= now ? change.LastUpdated : now;
            var incident = new Incident
            {
                TicketId = change.TicketId,
                Cause = IncidentCause.WaitingOnClient,
                State = IncidentState.Triggered,
                Policy = policyName,
                OpenedAt = now,
                LadderStart = start,
                Steps = CopySteps(policy),
            };
            Insert(incident, change.Ticket, now, $"waiting on the client since {clock.Full(start)} (status {change.Ticket.StatusName}): policy {policyName}");
            await timers.SetAsync(incident, cancellationToken);
        }
    }

    private async Task OpenAsync(IncidentPlan plan, RoutingDecision decision, TicketSnapshot ticket, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var policy = options.CurrentValue.Policies[plan.Policy];
        var incident = new Incident
        {
            TicketId = ticket.Id,
            Cause = plan.Cause,
            State = IncidentState.Triggered,
            Policy = plan.Policy,
            OpenedAt = now,
            LadderStart = plan.LadderStart,
            Steps = CopySteps(policy),
            ThresholdAt = decision.Sla.Escalation,
            ThresholdPolicy = Blank(policy.ThresholdPolicy),
            AcknowledgementTimeout = policy.AcknowledgementTimeout,
            PriorityLevel = decision.PriorityLevel,
            Billing = decision.Billing.Kind,
            BillingMultiplier = decision.Billing.Multiplier,
            ResponseDueAt = decision.Sla.InternalResponse,
        };
        Insert(incident, ticket, now, $"opened for ticket #{ticket.Id} ({ticket.CompanyName ?? ticket.CompanyIdentifier}): {plan.Why}; policy {plan.Policy}, ladder from {clock.Time(plan.LadderStart)}");
        await RunLockedAsync(incident, cancellationToken);
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

    private async Task ReplanAsync(Incident incident, string policy, RoutingDecision decision, DateTimeOffset now, string why, CancellationToken cancellationToken)
    {
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
            await timers.SetAsync(incident, cancellationToken);
            return;
        }

        await RestartLadderAsync(incident, policy, now, TimelineKind.Replanned, $"{why}: moved to {policy}", cancellationToken);
        await RunLockedAsync(incident, cancellationToken);
    }

    /// <summary>
    /// A new incident needs a new reason: a new (or reopened) ticket, or a priority raised into paging. Any other edit
    /// of a ticket whose incident was resolved must not page again; a daytime SLA clock starts with the ticket only.
    /// </summary>
    private static bool MayOpen(TicketChangeKind kind, string cause) => cause == IncidentCause.Sla
        ? kind == TicketChangeKind.Created
        : kind is TicketChangeKind.Created or TicketChangeKind.Reopened or TicketChangeKind.PriorityChanged;

    private bool IsWorkInProgress(string? status) =>
        status is not null && options.CurrentValue.WorkInProgressStatuses.Any(s => string.Equals(s.Trim(), status.Trim(), StringComparison.OrdinalIgnoreCase));

    private static string Why(TicketChange change) => change.Kind switch
    {
        TicketChangeKind.Assigned => $"assigned to {change.NewValue ?? change.Ticket.OwnerIdentifier}",
        TicketChangeKind.Unassigned => "no longer assigned",
        TicketChangeKind.PriorityChanged => $"priority {change.OldValue} → {change.NewValue}",
        _ => $"{change.Kind} in ConnectWise",
    };

    private static string Describe(RoutingDecision decision) =>
        string.Join("; ", decision.Reasons.Take(3).Select(r => r.Text));
}
