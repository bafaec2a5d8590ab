namespace Bridge.Worker.Routing.Rules;

/// <summary>SLA targets of one priority level; a target left unset has no due time.</summary>
internal sealed record SlaTargets(TimeSpan? InternalResponse, TimeSpan? ClientResponse, TimeSpan? Escalation);
