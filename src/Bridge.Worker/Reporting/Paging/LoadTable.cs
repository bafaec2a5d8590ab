using Bridge.Worker.OnCall;

namespace Bridge.Worker.Reporting.Paging;

/// <summary>Pages and on-call hours per technician, each with its share of the total: is the load shared evenly?</summary>
internal static class LoadTable
{
    public static ReportTable Of(IReadOnlyList<IncidentFacts> facts, IReadOnlyList<OnCallLoad> onCall, PeopleNames people)
    {
        var pages = facts.SelectMany(f => f.Pages).GroupBy(p => p.PersonId, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var acknowledged = facts.Where(f => f.AcknowledgedBy is not null).GroupBy(f => f.AcknowledgedBy!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var hours = onCall.SelectMany(l => l.PerPerson).GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Value.TotalHours), StringComparer.OrdinalIgnoreCase);
        var (totalPages, totalHours) = ((double)pages.Values.Sum(), hours.Values.Sum());
        var rows = pages.Keys.Union(hours.Keys, StringComparer.OrdinalIgnoreCase)
            .Select(member => (Member: member, Name: people.Of(member)))
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .Select(p =>
            {
                var (paged, onCallHours) = (pages.GetValueOrDefault(p.Member), hours.GetValueOrDefault(p.Member));
                return (IReadOnlyList<object?>)[p.Name, paged, Fraction.Of(paged, totalPages), onCallHours, Fraction.Of(onCallHours, totalHours), acknowledged.GetValueOrDefault(p.Member)];
            })
            .ToList();
        return new ReportTable("load", "Pages and on-call hours per technician",
        [
            new("technician", "Technician"),
            new("pages", "Pages", ReportValueKind.Count),
            new("pages-share", "Share of pages", ReportValueKind.Percent),
            new("oncall-hours", "On-call hours", ReportValueKind.Hours),
            new("oncall-share", "Share of on-call hours", ReportValueKind.Percent),
            new("acknowledged", "Acknowledged", ReportValueKind.Count),
        ], rows)
        {
            Note = "A page is one person notified on one send of a step (every channel of that send together), of the incidents opened in the period. " +
                "On-call hours are real elapsed hours over the period in every schedule (a night that changes the clock counts 23 or 25 hours). " +
                PagingCalculator.CanaryNote,
            ChartColumn = "pages",
        };
    }
}
