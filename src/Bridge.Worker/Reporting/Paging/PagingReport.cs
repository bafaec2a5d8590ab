using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.OnCall;
using Bridge.Worker.Routing;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Bridge.Worker.Reporting.Paging;

/// <summary>
/// The paging KPIs (<c>paging</c>): loads the incidents opened in the period, their timeline lines and the on-call hours,
/// and hands them to <see cref="PagingCalculator"/>.
/// </summary>
internal sealed class PagingReport(
    IncidentStore incidents,
    IncidentTimeline timeline,
    IOnCallResolver onCall,
    RoutingPolicyProvider routing,
    IOptionsMonitor<EscalationOptions> escalation,
    IOptionsMonitor<OnCallOptions> people,
    TimeProvider time) : IReport
{
    /// <summary>The days shown when none are asked for.</summary>
    public const int DefaultDays = 30;

    public string Name => "paging";

    public string Title => "Paging";

    public string Summary => "How fast pages are acknowledged and incidents resolved, who carries the load, which clients page at night, how far ladders climb, and the SLA met.";

    public ReportPeriod DefaultPeriod(DateTimeOffset now, DateTimeZone zone) => ReportPeriod.LastDays(DefaultDays, now, zone);

    public Task<ReportResult> BuildAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var opened = incidents.OpenedBetween(period.Start, period.End);
        var lines = new List<TimelineEntry>();
        foreach (var incident in opened.Where(i => i.Cause != IncidentCause.Canary))
        {
            cancellationToken.ThrowIfCancellationRequested();
            lines.AddRange(timeline.ForIncident(incident.Key));
        }

        var inputs = new PagingInputs(opened, lines, onCall.Schedules.Select(s => onCall.Load(s, period.Start, period.End)).ToList(), routing.Policy, time.GetUtcNow())
        {
            Ladders = escalation.CurrentValue.Policies.ToDictionary(
                p => p.Key, p => (IReadOnlyList<IReadOnlyList<string>>)p.Value.Steps.Select(s => (IReadOnlyList<string>)s.Targets).ToList(), StringComparer.OrdinalIgnoreCase),
            Names = PeopleNames.Configured(people.CurrentValue),
        };
        var result = new ReportResult(Name, Title, period, PagingCalculator.Tables(inputs, period))
        {
            Notes = ["From the bridge's own records: the incidents opened in the period, their timelines, and the on-call schedules. " + PagingCalculator.CanaryNote],
        };
        return Task.FromResult(result);
    }
}
