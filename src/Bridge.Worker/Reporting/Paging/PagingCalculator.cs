using Bridge.Worker.Escalation.Incidents;

namespace Bridge.Worker.Reporting.Paging;

/// <summary>
/// The paging figures with no I/O: inputs and the period in, tables out. Canary incidents (the self-watch's weekly
/// test page) count nowhere; waiting-on-client reminders count in the pages and the ladder, not in the response times.
/// </summary>
internal static class PagingCalculator
{
    public const string CanaryNote = "Canary incidents (the weekly test page) are left out of every figure.";

    public static IReadOnlyList<ReportTable> Tables(PagingInputs inputs, ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(period);
        var lines = inputs.Lines.ToLookup(l => l.IncidentId, StringComparer.Ordinal);
        var facts = inputs.Incidents
            .Where(i => i.Cause != IncidentCause.Canary && period.Contains(i.OpenedAt))
            .Select(i => IncidentFacts.Of(i, lines[i.Key]))
            .ToList();
        var people = new PeopleNames(facts, inputs.Names);
        var answered = facts.Where(f => f.Incident.Cause != IncidentCause.WaitingOnClient).ToList();
        return
        [
            .. ResponseTables.All(answered, people),
            LoadTable.Of(facts, inputs.OnCall, people),
            AfterHoursTable.Of(facts),
            LadderTable.Of(facts, inputs.Ladders),
            SlaTable.Of(answered, inputs.Routing, inputs.Now),
        ];
    }
}
