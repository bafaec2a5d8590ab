using Bridge.Worker.Escalation.Incidents;

namespace Bridge.Worker.Reporting.Paging;

/// <summary>After-hours incidents per client with their pages and acknowledge times: what each client costs at night.</summary>
internal static class AfterHoursTable
{
    public static ReportTable Of(IReadOnlyList<IncidentFacts> facts)
    {
        var rows = facts.Where(f => f.Incident.Cause == IncidentCause.AfterHours)
            .GroupBy(f => f.Client, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var tta = ResponseStatistics.Of(g.Where(f => f.ToAcknowledge is not null).Select(f => f.ToAcknowledge!.Value));
                return (IReadOnlyList<object?>)[g.Key, g.Count(), g.Sum(f => f.Pages.Count), tta.Count, tta.MeanMinutes, tta.P90Minutes];
            })
            .ToList();
        return new ReportTable("after-hours-clients", "After-hours incidents per client",
        [
            new("client", "Client"),
            new("incidents", "Incidents", ReportValueKind.Count),
            new("pages", "Pages", ReportValueKind.Count),
            new("acknowledged", "Acknowledged", ReportValueKind.Count),
            new("tta-mean", "Mean to acknowledge (min)", ReportValueKind.Minutes),
            new("tta-p90", "p90 to acknowledge (min)", ReportValueKind.Minutes),
        ], rows)
        {
            Note = $"Incidents opened because routing said \"page now\" outside business hours. {ResponseStatistics.PercentileNote} {PagingCalculator.CanaryNote}",
            ChartColumn = "incidents",
        };
    }
}
