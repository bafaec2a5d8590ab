using System.Globalization;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Ingest;
using Bridge.Worker.Routing;
using NodaTime;

namespace Bridge.Worker.Escalation.Engine;

/// <summary>
/// The incident state machine for ticket changes, as a pure function: (the ticket's open incidents, the change, its
/// routing decision, the settings, now) → actions. A deleted ticket cancels, a closed one resolves; a waiting status
/// starts (another status stops) the waiting-on-client ladder; a work-in-progress status acknowledges (or, for a
/// business-hours SLA incident nobody was paged for, cancels); then the decision opens, re-plans, keeps or cancels the
/// ticket's incident. The incidents passed in are not changed.
/// </summary>
internal static class IncidentChangeDecider
{
    public static IReadOnlyList<IncidentAction> Decide(IReadOnlyList<Incident> open, TicketChange change, RoutingDecision? decision, EscalationOptions settings, DateTimeOffset now, DateTimeZone zone)
    {
        var ticket = change.Ticket;
        if (ticket.Deleted || change.Kind == TicketChangeKind.Deleted)
        {
            return open.Select(i => (IncidentAction)new IncidentAction.Close(i.Id, IncidentState.Cancelled,
                $"ticket #{ticket.Id} was deleted in ConnectWise: nobody is paged for it any more", null, TimelineChannels.ConnectWise)).ToList();
        }

        if (ticket.Closed || change.Kind == TicketChangeKind.Closed)
        {
            // The bridge's own close coming back (a resolve from the acknowledgement page) is nobody's close.
            var by = change.ByBridge ? null : ticket.UpdatedBy;
            var text = change.ByBridge ? "ticket closed by the bridge's own write to ConnectWise" : $"ticket closed in ConnectWise{(by is null ? "" : " by " + by)}";
            return open.Select(i => (IncidentAction)new IncidentAction.Close(i.Id, IncidentState.Resolved, text, by, TimelineChannels.ConnectWise)).ToList();
        }

        var actions = new List<IncidentAction>();
        FollowWaiting(open, change, settings, now, zone, actions);
        var states = open.Where(i => i.Cause != IncidentCause.WaitingOnClient).ToDictionary(i => i.Id, i => i.State);
        var others = open.Where(i => i.Cause != IncidentCause.WaitingOnClient).ToList();

        var inProgress = IsListed(ticket.StatusName, settings.WorkInProgressStatuses);
        // A person moving an acknowledged ticket on (not into a work-in-progress status: that is what an acknowledgement writes).
        if (change.Kind == TicketChangeKind.StatusChanged && !change.ByBridge && !inProgress)
        {
            foreach (var incident in others.Where(i => i.State == IncidentState.Acknowledged && i.AcknowledgementTimeout is not null))
            {
                var at = change.LastUpdated <= now ? change.LastUpdated : now;
                actions.Add(new IncidentAction.WorkSeen(incident.Id, at, $"status {ticket.StatusName}{(ticket.UpdatedBy is { } by ? " by " + by : "")}"));
            }
        }

        // Not skipped for the bridge's own member: updatedBy names a version's last save of any kind (often the bridge's
        // own note just after a person set the status), so it cannot tell who moved the status.
        if (inProgress && change.Kind is TicketChangeKind.StatusChanged or TicketChangeKind.Created)
        {
            foreach (var incident in others.Where(i => i.State == IncidentState.Triggered).ToList())
            {
                if (incident.Cause == IncidentCause.Sla && incident.Paged.Count == 0)
                {
                    actions.Add(new IncidentAction.Close(incident.Id, IncidentState.Cancelled, $"status {ticket.StatusName}: responded before the SLA ran out", null, TimelineChannels.ConnectWise));
                    others.Remove(incident);
                }
                else
                {
                    var by = ticket.UpdatedBy ?? ticket.OwnerIdentifier ?? "someone";
                    actions.Add(new IncidentAction.Acknowledge(incident.Id, by, TimelineChannels.ConnectWise, $"status set to {ticket.StatusName} in ConnectWise by {by}"));
                    states[incident.Id] = IncidentState.Acknowledged;
                }
            }
        }

        var plan = decision is null
            ? null
            : IncidentPlanner.Plan(decision, ticket.DateEntered, now, settings.ColdStartWindow, settings.BusinessHoursPolicy, settings.Policies.ContainsKey, at => LocalClock.Full(at, zone));
        var current = others.FirstOrDefault(i => states[i.Id] is IncidentState.Triggered or IncidentState.Acknowledged);
        if (decision is null)
        {
            AddKeep(current, actions);
            return actions;
        }

        // Only a ticket entered just now: on a first start the bridge reads every open ticket, and old ones were answered long ago.
        if (current is null && plan is null && change.Kind == TicketChangeKind.Created && !inProgress
            && decision.Disposition == Disposition.NextBusinessDay && decision.Contract == Routing.Rules.ContractKind.BusinessHoursOnly
            && ticket.DateEntered is not null && !IncidentPlanner.SeenLate(ticket.DateEntered, now, settings.ColdStartWindow))
        {
            var when = Instant.FromDateTimeOffset(decision.NextBusinessOpening).InZone(zone).ToString("dddd d MMMM 'at' HH:mm", CultureInfo.InvariantCulture);
            actions.Add(new IncidentAction.Defer(decision.EscalationPolicy, when, $"waits for the next business opening, {when}: the {decision.Contract} contract has no after-hours response"));
            return actions;
        }

        if (current is null)
        {
            // At a boundary only a ticket that waited for the desk to open is handed over: one the desk saw before had its chance.
            if (plan is not null && !inProgress && MayOpen(change.Kind, plan.Cause)
                && (change.Kind != TicketChangeKind.Redecided || WaitedForTheOpening(ticket, decision, now, settings.ColdStartWindow)))
            {
                // A first start (or a long outage) brings in every open ticket: one entered days ago missed its
                // response SLA long before the bridge saw it, and a page for each would be a storm at 9 a.m.
                if (plan.Cause == IncidentCause.Sla && change.Kind != TicketChangeKind.Redecided && IncidentPlanner.SeenLate(ticket.DateEntered, now, settings.ColdStartWindow))
                {
                    actions.Add(new IncidentAction.SkipOldSla(now - ticket.DateEntered!.Value));
                }
                else
                {
                    actions.Add(settings.Enabled ? new IncidentAction.Open(plan) : new IncidentAction.SkipDisabled(plan.Why));
                }
            }

            return actions;
        }

        if (plan is null)
        {
            actions.Add(new IncidentAction.Close(current.Id, IncidentState.Cancelled, $"no longer needs anyone now: {decision.Disposition} ({Describe(decision)})", null, TimelineChannels.Bridge));
        }
        else if (plan.Cause != current.Cause && current.Cause != IncidentCause.AfterHours)
        {
            // The desk closed with a P1 unanswered (to the after-hours ladder), or a daytime ticket became the desk's P1.
            actions.Add(new IncidentAction.Replan(current.Id, plan.Policy, Why(change), plan.Cause));
        }
        else if (plan.Cause == current.Cause && !string.Equals(plan.Policy, current.Policy, StringComparison.OrdinalIgnoreCase))
        {
            actions.Add(new IncidentAction.Replan(current.Id, plan.Policy, Why(change)));
        }
        else
        {
            // Same ladder; or business hours began while an after-hours incident is still open: it goes on until someone acknowledges.
            actions.Add(new IncidentAction.Keep(current.Id));
        }

        return actions;
    }

    /// <summary>
    /// A status in <c>Escalation:WaitingStatuses</c> starts the waiting-on-client ladder from the moment the status was
    /// set (a ticket first seen already waiting: from now); any other status stops it.
    /// </summary>
    private static void FollowWaiting(IReadOnlyList<Incident> open, TicketChange change, EscalationOptions settings, DateTimeOffset now, DateTimeZone zone, List<IncidentAction> actions)
    {
        var waiting = open.FirstOrDefault(i => i.Cause == IncidentCause.WaitingOnClient);
        var isWaiting = IsListed(change.Ticket.StatusName, settings.WaitingStatuses);
        if (waiting is not null && !isWaiting && change.Kind == TicketChangeKind.StatusChanged)
        {
            actions.Add(new IncidentAction.Close(waiting.Id, IncidentState.Cancelled, $"status moved to {change.Ticket.StatusName}: no longer waiting on the client", null, TimelineChannels.ConnectWise));
            return;
        }

        if (waiting is null && isWaiting && change.Kind is TicketChangeKind.StatusChanged or TicketChangeKind.Created
            && settings.Enabled && Blank(settings.WaitingPolicy) is { } policy && settings.Policies.ContainsKey(policy))
        {
            var start = change.Kind == TicketChangeKind.StatusChanged && change.LastUpdated <= now ? change.LastUpdated : now;
            actions.Add(new IncidentAction.StartWaiting(policy, start, $"waiting on the client since {LocalClock.Full(start, zone)} (status {change.Ticket.StatusName}): policy {policy}"));
        }
    }

    private static void AddKeep(Incident? current, List<IncidentAction> actions)
    {
        if (current is not null)
        {
            actions.Add(new IncidentAction.Keep(current.Id));
        }
    }

    /// <summary>
    /// A new incident needs a new reason: a new (or reopened) ticket, or a priority raised into paging. Any other edit
    /// of a ticket whose incident was resolved must not page again; a daytime SLA clock starts with the ticket only.
    /// </summary>
    private static bool MayOpen(TicketChangeKind kind, string cause) => cause == IncidentCause.Sla
        ? kind is TicketChangeKind.Created or TicketChangeKind.Redecided
        : kind is TicketChangeKind.Created or TicketChangeKind.Reopened or TicketChangeKind.PriorityChanged or TicketChangeKind.Redecided;

    /// <summary>
    /// Entered while the desk was closed and not paged: its clocks start at this opening (routing moves the SLA clock
    /// there), passed within the cold-start window (a bridge down all morning hands nothing over at noon).
    /// </summary>
    private static bool WaitedForTheOpening(TicketSnapshot ticket, RoutingDecision decision, DateTimeOffset now, TimeSpan coldStartWindow) =>
        ticket.DateEntered is { } entered && decision.Sla.ClockStart > entered && decision.Sla.ClockStart <= now && now - decision.Sla.ClockStart <= coldStartWindow;

    private static bool IsListed(string? status, IEnumerable<string> statuses) =>
        status is not null && statuses.Any(s => string.Equals(s.Trim(), status.Trim(), StringComparison.OrdinalIgnoreCase));

    private static string Why(TicketChange change) => change.Kind switch
    {
        TicketChangeKind.Assigned => $"assigned to {change.NewValue ?? change.Ticket.OwnerIdentifier}",
        TicketChangeKind.Unassigned => "no longer assigned",
        TicketChangeKind.PriorityChanged => $"priority {change.OldValue} → {change.NewValue}",
        TicketChangeKind.Redecided => change.NewValue == "open" ? "business hours began" : "business hours ended",
        _ => $"{change.Kind} in ConnectWise",
    };

    private static string Describe(RoutingDecision decision) =>
        string.Join("; ", decision.Reasons.Take(3).Select(r => r.Text));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
