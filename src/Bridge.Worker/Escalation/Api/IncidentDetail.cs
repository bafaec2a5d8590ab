using Bridge.Worker.Escalation.Timeline;

namespace Bridge.Worker.Escalation.Api;

/// <summary>An incident with its whole timeline (<c>bridge incident 42</c>).</summary>
public sealed record IncidentDetail(IncidentView Incident, IReadOnlyList<TimelineEntry> Timeline);
