using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Routing;

namespace Bridge.Worker.Reporting.Reviews;

/// <summary>Makes the review document of a resolved incident: its client and the emergency rule that opened it.</summary>
internal sealed class ReviewRecords(RoutingDecisionRepository decisions)
{
    public IncidentReview For(Incident incident, DateTimeOffset resolvedAt, IEnumerable<string> handlers)
    {
        var rule = OpeningRule.Of(decisions.ForTicket(incident.TicketId), incident.OpenedAt);
        return new IncidentReview
        {
            Id = incident.Id,
            TicketId = incident.TicketId,
            Summary = incident.Ticket.Summary,
            Client = incident.Ticket.CompanyName ?? incident.Ticket.CompanyIdentifier ?? "(no client)",
            Rule = rule?.Name,
            RuleKey = rule?.ConfigKey,
            PriorityLevel = incident.PriorityLevel,
            ResolvedAt = resolvedAt,
            Handlers = handlers.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        };
    }
}
