using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.OnCall;
using Bridge.Worker.Routing.Rules;

namespace Bridge.Worker.Reporting.Paging;

/// <summary>
/// Everything the paging figures are computed from, loaded before: the incidents opened in the period with their
/// timeline lines, the on-call hours of each schedule over the period, the routing policy (priority levels and
/// calendars) and the configured ladders' step targets.
/// </summary>
internal sealed record PagingInputs(
    IReadOnlyList<Incident> Incidents,
    IReadOnlyList<TimelineEntry> Lines,
    IReadOnlyList<OnCallLoad> OnCall,
    RoutingPolicy Routing,
    DateTimeOffset Now)
{
    /// <summary>Policy name → each step's targets, from <c>Escalation:Policies</c> (a ladder left since the incident ran).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> Ladders { get; init; } =
        new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Member identifier → name, for people who appear only in the on-call hours.</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
