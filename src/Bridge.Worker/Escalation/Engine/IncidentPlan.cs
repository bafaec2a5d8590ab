namespace Bridge.Worker.Escalation.Engine;

/// <summary>What a routing decision asks of escalation: an incident for this cause, on this ladder, starting then.</summary>
internal sealed record IncidentPlan(string Cause, string Policy, DateTimeOffset LadderStart, string Why);
