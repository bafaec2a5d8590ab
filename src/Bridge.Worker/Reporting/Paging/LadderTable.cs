using Bridge.Worker.Escalation.Timeline;

namespace Bridge.Worker.Reporting.Paging;

/// <summary>How often each ladder step was reached, per policy and step, naming the step's targets (who it woke).</summary>
internal static class LadderTable
{
    public static ReportTable Of(IReadOnlyList<IncidentFacts> facts, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> ladders)
    {
        var ran = facts.SelectMany(f => f.Lines.Where(l => l.Policy is not null).Select(l => (Policy: l.Policy!, f.Incident.Id)))
            .Distinct()
            .GroupBy(p => p.Policy, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var rows = facts
            .SelectMany(f => f.Lines.Where(l => l.Kind == TimelineKind.StepStarted && l.Policy is not null && l.Step is not null).Select(l => (Facts: f, Line: l)))
            .GroupBy(s => (Policy: s.Line.Policy!.ToLowerInvariant(), Step: s.Line.Step!.Value))
            .OrderBy(g => g.Key.Policy, StringComparer.Ordinal).ThenBy(g => g.Key.Step)
            .Select(g =>
            {
                var first = g.First();
                var reached = g.Select(s => s.Facts.Incident.Id).Distinct().Count();
                return (IReadOnlyList<object?>)
                [
                    first.Line.Policy, g.Key.Step, Targets(first.Facts, first.Line.Policy!, g.Key.Step, ladders),
                    reached, g.Count(), Fraction.Of(reached, ran.GetValueOrDefault(first.Line.Policy!)),
                ];
            })
            .ToList();
        return new ReportTable("ladder", "Ladder steps reached",
        [
            new("policy", "Policy"),
            new("step", "Step", ReportValueKind.Count),
            new("targets", "Pages"),
            new("incidents", "Incidents reaching it", ReportValueKind.Count),
            new("sends", "Sends (with repeats)", ReportValueKind.Count),
            new("share", "Share of the policy's incidents", ReportValueKind.Percent),
        ], rows)
        {
            Note = "A step is reached when it starts sending; the share is of the incidents that ran the policy. " + PagingCalculator.CanaryNote,
            ChartColumn = "incidents",
        };
    }

    /// <summary>The step's targets as the incident copied them, or as the policy is configured now for a ladder the incident left.</summary>
    private static string Targets(IncidentFacts facts, string policy, int step, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> ladders)
    {
        var incident = facts.Incident;
        if (string.Equals(incident.Policy, policy, StringComparison.OrdinalIgnoreCase) && incident.Steps.FirstOrDefault(s => s.Number == step) is { } copied)
        {
            return string.Join(", ", copied.Targets) + (copied.IsFallback ? " (fallback)" : "");
        }

        return ladders.TryGetValue(policy, out var steps) && step >= 1 && step <= steps.Count ? string.Join(", ", steps[step - 1]) : "";
    }
}
