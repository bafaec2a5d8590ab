namespace Bridge.Worker.Reporting.Paging;

/// <summary>
/// Time to acknowledge (opened → first acknowledgement) and time to resolve (opened → resolved), count, mean and p90,
/// by priority, client, technician and channel.
/// </summary>
internal static class ResponseTables
{
    private static readonly ReportColumn[] Measures =
    [
        new("acknowledged", "Acknowledged", ReportValueKind.Count),
        new("tta-mean", "Mean to acknowledge (min)", ReportValueKind.Minutes),
        new("tta-p90", "p90 to acknowledge (min)", ReportValueKind.Minutes),
        new("resolved", "Resolved", ReportValueKind.Count),
        new("ttr-mean", "Mean to resolve (min)", ReportValueKind.Minutes),
        new("ttr-p90", "p90 to resolve (min)", ReportValueKind.Minutes),
    ];

    public static IEnumerable<ReportTable> All(IReadOnlyList<IncidentFacts> facts, PeopleNames people)
    {
        yield return Table("response-by-priority", "Time to acknowledge and resolve by priority", "Priority", facts, f => f.Priority, f => f.Priority,
            "By the incident's priority level.");
        yield return Table("response-by-client", "Time to acknowledge and resolve by client", "Client", facts, f => f.Client, f => f.Client,
            "By the ticket's company.");
        yield return Table("response-by-technician", "Time to acknowledge and resolve by technician", "Technician", facts,
            f => f.AcknowledgedAt is null ? null : people.Of(f.AcknowledgedBy), f => f.ResolvedAt is null ? null : people.Of(f.ResolvedBy),
            "Acknowledge figures by who acknowledged, resolve figures by who resolved.");
        yield return Table("response-by-channel", "Time to acknowledge and resolve by channel", "Channel", facts, f => f.Channel, f => f.Channel,
            "By the channel the acknowledgement came through; an acknowledgement by link or in ConnectWise counts under the channel of the latest page that reached the person.");
    }

    private static ReportTable Table(
        string key, string title, string dimension, IReadOnlyList<IncidentFacts> facts,
        Func<IncidentFacts, string?> ackGroup, Func<IncidentFacts, string?> resolveGroup, string note)
    {
        var acknowledged = facts.Where(f => f.ToAcknowledge is not null).ToLookup(f => ackGroup(f) ?? "(unknown)");
        var resolved = facts.Where(f => f.ToResolve is not null).ToLookup(f => resolveGroup(f) ?? "(unknown)");
        var rows = acknowledged.Select(g => g.Key).Union(resolved.Select(g => g.Key))
            .Order(StringComparer.OrdinalIgnoreCase)
            .Select(group =>
            {
                var tta = ResponseStatistics.Of(acknowledged[group].Select(f => f.ToAcknowledge!.Value));
                var ttr = ResponseStatistics.Of(resolved[group].Select(f => f.ToResolve!.Value));
                return (IReadOnlyList<object?>)[group, tta.Count, tta.MeanMinutes, tta.P90Minutes, ttr.Count, ttr.MeanMinutes, ttr.P90Minutes];
            })
            .ToList();
        return new ReportTable(key, title, [new ReportColumn(dimension.ToLowerInvariant(), dimension), .. Measures], rows) with
        {
            Note = $"{note} Minutes from the incident's opening. {ResponseStatistics.PercentileNote} Waiting-on-client reminders are not counted. {PagingCalculator.CanaryNote}",
            ChartColumn = "tta-mean",
        };
    }
}
