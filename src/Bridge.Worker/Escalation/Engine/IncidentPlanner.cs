using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.Ingest;
using Bridge.Worker.Routing;

namespace Bridge.Worker.Escalation.Engine;

/// <summary>
/// From a routing decision to the incident it calls for, with no I/O: "page now" opens an after-hours incident
/// whose ladder starts when the ticket was entered (or when the bridge first saw it, if that was later than the
/// cold-start window); within business hours a level with a desk's ladder (<c>Routing:Priorities:P1:BusinessHoursPolicy</c>)
/// runs it from the same start, the clock never earlier than the desk's opening; any other level opens an incident on
/// <c>Escalation:BusinessHoursPolicy</c> that waits for the internal-response SLA to run out; a ticket that can wait for
/// the morning needs none.
/// </summary>
internal static class IncidentPlanner
{
    public static IncidentPlan? Plan(RoutingDecision decision, DateTimeOffset? enteredAt, DateTimeOffset now, TimeSpan coldStartWindow, string? businessHoursPolicy, Func<string, bool> policyExists, Func<DateTimeOffset, string> show)
    {
        switch (decision.Disposition)
        {
            case Disposition.PageNow when policyExists(decision.EscalationPolicy):
                var start = enteredAt is { } entered && entered <= now && !SeenLate(entered, now, coldStartWindow) ? entered : now;
                return new IncidentPlan(IncidentCause.AfterHours, decision.EscalationPolicy, start,
                    $"{decision.PriorityLevel ?? "unmapped priority"} emergency outside business hours ({decision.Contract})");
            case Disposition.BusinessHours when decision.BusinessHoursPolicy is { } desk && policyExists(desk):
                var from = enteredAt is { } at && at <= now && !SeenLate(at, now, coldStartWindow) ? at : now;
                from = decision.Sla.ClockStart > from && decision.Sla.ClockStart <= now ? decision.Sla.ClockStart : from;
                return new IncidentPlan(IncidentCause.BusinessHours, desk, from,
                    $"{decision.PriorityLevel ?? "unmapped priority"} in business hours: the desk's ladder ({decision.Contract})");
            case Disposition.BusinessHours when decision.Sla.InternalResponse is { } due
                && !string.IsNullOrWhiteSpace(businessHoursPolicy) && policyExists(businessHoursPolicy.Trim()):
                return new IncidentPlan(IncidentCause.Sla, businessHoursPolicy.Trim(), due < now ? now : due,
                    $"{decision.PriorityLevel ?? "unmapped priority"} in business hours: pages if nobody responds by {show(due)}");
            default:
                return null;
        }
    }

    /// <summary>The incident <paramref name="plan"/> opens, its ladder copied from <paramref name="settings"/> (not yet stored).</summary>
    public static Incident Open(IncidentPlan plan, RoutingDecision decision, TicketSnapshot ticket, EscalationOptions settings, DateTimeOffset now)
    {
        var policy = settings.Policies[plan.Policy];
        var incident = new Incident
        {
            TicketId = ticket.Id,
            Cause = plan.Cause,
            State = IncidentState.Triggered,
            Policy = plan.Policy,
            OpenedAt = now,
            LadderStart = plan.LadderStart,
            Steps = LadderSteps.Copy(policy, settings, plan.Cause),
            GiveUpAt = LadderSteps.GiveUpAt(policy, settings, plan.Cause, plan.LadderStart),
            ThresholdAt = decision.Sla.Escalation,
            ThresholdPolicy = string.IsNullOrWhiteSpace(policy.ThresholdPolicy) ? null : policy.ThresholdPolicy.Trim(),
            AcknowledgementTimeout = policy.AcknowledgementTimeout,
            PriorityLevel = decision.PriorityLevel,
            Billing = decision.Billing.Kind,
            BillingMultiplier = decision.Billing.Multiplier,
            ResponseDueAt = decision.Sla.InternalResponse,
        };
        incident.Ticket.Refresh(ticket);
        return incident;
    }

    /// <summary>
    /// Whether the bridge first sees a ticket later than <paramref name="coldStartWindow"/> after it was entered (its
    /// first start reads every open ticket; it was down): such a ticket's ladder starts when seen, and neither a
    /// missed business-hours SLA nor a deferred-start notice is raised for it. Unknown entry time: not late.
    /// </summary>
    public static bool SeenLate(DateTimeOffset? enteredAt, DateTimeOffset now, TimeSpan coldStartWindow) =>
        enteredAt is { } entered && now - entered > coldStartWindow;
}
