using Bridge.Worker.Routing.Rules;

namespace Bridge.Worker.Reporting.Paging;

/// <summary>SLA met per priority: internal response, client response in business hours, and the escalation threshold.</summary>
internal static class SlaTable
{
    public static ReportTable Of(IReadOnlyList<IncidentFacts> facts, RoutingPolicy routing, DateTimeOffset now)
    {
        var checks = facts
            .Select(f => (Facts: f, Level: f.Incident.PriorityLevel is { } key ? routing.Priorities.Find(key) : null))
            .Where(c => c.Level is not null)
            .Select(c => (c.Level!.Key, Outcomes: Check(c.Facts, c.Level, routing, now)))
            .ToList();
        var rows = checks.GroupBy(c => c.Key, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => (IReadOnlyList<object?>)[g.Key, .. Counts(g.Select(c => c.Outcomes.Internal)), .. Counts(g.Select(c => c.Outcomes.Client)), .. Counts(g.Select(c => c.Outcomes.Threshold))])
            .ToList();
        return new ReportTable("sla", "SLA met per priority",
        [
            new("priority", "Priority"),
            .. Target("internal", "internal response"),
            .. Target("client", "client response"),
            .. Target("threshold", "escalation threshold"),
        ], rows)
        {
            Note = "Clocks start when the ticket was entered (the incident's opening if later). Internal response: acknowledged (or resolved by a person) " +
                "by the incident's response due time, else the level's Sla:InternalResponse. Client response: the same answer within the level's " +
                "Sla:ClientResponse counting only the client's business hours (evenings, weekends and holidays skipped). Escalation threshold: resolved " +
                "by the incident's threshold, else Sla:Escalation. A target not yet due, or an incident that ended before it was due unanswered, is " +
                "not counted. Incidents with no configured priority level and waiting-on-client reminders are not counted. " + PagingCalculator.CanaryNote,
            ChartColumn = "internal-met-share",
        };
    }

    private static (SlaOutcome Internal, SlaOutcome Client, SlaOutcome Threshold) Check(IncidentFacts facts, PriorityLevel level, RoutingPolicy routing, DateTimeOffset now)
    {
        var incident = facts.Incident;
        var start = incident.Ticket.EnteredAt is { } entered && entered < incident.OpenedAt ? entered : incident.OpenedAt;
        var horizon = incident.ClosedAt ?? now;
        var calendar = routing.For(incident.Ticket.CompanyIdentifier).Calendar;
        return (
            SlaCheck.ByWallClock(facts.RespondedAt, incident.ResponseDueAt ?? start + level.Sla.InternalResponse, horizon),
            SlaCheck.ByBusinessTime(calendar, start, facts.RespondedAt, level.Sla.ClientResponse, horizon),
            SlaCheck.ByWallClock(facts.ResolvedAt, incident.ThresholdAt ?? start + level.Sla.Escalation, horizon));
    }

    private static object?[] Counts(IEnumerable<SlaOutcome> outcomes)
    {
        var list = outcomes.ToList();
        var (met, measured) = (list.Count(o => o == SlaOutcome.Met), list.Count(o => o != SlaOutcome.NotMeasured));
        return [measured, met, Fraction.Of(met, measured)];
    }

    private static ReportColumn[] Target(string key, string title) =>
    [
        new($"{key}-measured", $"Measured ({title})", ReportValueKind.Count),
        new($"{key}-met", $"Met ({title})", ReportValueKind.Count),
        new($"{key}-met-share", $"Share met ({title})", ReportValueKind.Percent),
    ];
}
