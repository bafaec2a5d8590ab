namespace Bridge.Worker.Escalation.Delivery;

/// <summary>The outcome of an acknowledgement, with a short message fit to show the person.</summary>
public sealed record AckResult(AckStatus Status, string IncidentId, string Message);
