using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;

namespace Bridge.Worker.Escalation.Engine;

/// <summary>
/// The self-watch's canary: a real incident with no ConnectWise ticket, so the person on call acknowledges it through the
/// page's link or an SMS reply like any page, and an unanswered one escalates like any ladder.
/// </summary>
internal sealed partial class EscalationEngine
{
    /// <summary>The ladder name canary incidents show.</summary>
    public const string CanaryPolicy = "canary";

    /// <summary>
    /// Opens the week's canary and sends its first step; null when this week's canary exists already (opened before a
    /// restart, or acknowledged and closed): one per week, whatever happens.
    /// </summary>
    public async Task<Incident?> OpenCanaryAsync(CanaryPlan plan, CancellationToken cancellationToken)
    {
        using var held = await locks.TakeAsync(plan.TicketId, cancellationToken);
        var now = time.GetUtcNow();
        var incident = new Incident
        {
            TicketId = plan.TicketId,
            Cause = IncidentCause.Canary,
            State = IncidentState.Triggered,
            Policy = CanaryPolicy,
            OpenedAt = now,
            LadderStart = now,
            Steps =
            [
                new IncidentStep
                {
                    Number = 1,
                    After = TimeSpan.Zero,
                    Targets = [$"schedule:{plan.Schedule}"],
                    Message = $"Weekly test page ({plan.Week}): please acknowledge, so we know pages reach you.",
                },
                new IncidentStep
                {
                    Number = 2,
                    After = plan.AckWithin,
                    Targets = [$"role:{plan.TellRole}"],
                    Message = $"{plan.OnCallName}, on call for {plan.Schedule}, did not acknowledge the weekly test page ({plan.Week}) within {plan.AckWithin.TotalMinutes:0} min: check their phone and contact methods.",
                },
            ],
            // What an SMS keeps when the link leaves no room for the summary: priority, ticket id and client.
            PriorityLevel = "TEST",
            Ticket = new IncidentTicket { Summary = $"Weekly test page {plan.Week}", CompanyName = "Weekly test page", PriorityName = "TEST", Board = "Bridge self-watch" },
        };
        incident.NextDueAt = LadderClock.NextDueAt(incident);
        var opened = database.Write(() =>
        {
            if (incidents.ForTicket(plan.TicketId).Count > 0)
            {
                return false;
            }

            incidents.Insert(incident);
            timeline.Insert(StepSender.Line(incident, TimelineKind.Opened, now, e =>
                e.Text = $"weekly test page {plan.Week} for {plan.OnCallName} (on call for {plan.Schedule}); {plan.TellRole} is told if nobody acknowledges within {plan.AckWithin.TotalMinutes:0} min"));
            return true;
        });
        if (!opened)
        {
            return null;
        }

        EscalationLog.Opened(logger, incident.Id, incident.TicketId, incident.Cause, incident.Policy, incident.LadderStart);
        await RunLockedAsync(incident, cancellationToken);
        return incident;
    }
}
