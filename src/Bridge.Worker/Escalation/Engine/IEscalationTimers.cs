using Bridge.Worker.Escalation.Incidents;

namespace Bridge.Worker.Escalation.Engine;

/// <summary>The alarm clock: told of each incident's next due instant (or that nothing is due) after every change.</summary>
internal interface IEscalationTimers
{
    /// <summary>Sets (or clears, when nothing is due) the alarm for the incident to match <see cref="Incident.NextDueAt"/>.</summary>
    Task SetAsync(Incident incident, CancellationToken cancellationToken);
}
