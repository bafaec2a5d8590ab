namespace Bridge.Worker.Escalation.Acknowledgement;

/// <summary>What a link token says: this person may take this action on this incident until this instant.</summary>
public sealed record AckClaim(int IncidentId, string Member, AckAction Action, DateTimeOffset ExpiresAt);
