namespace Bridge.Worker.Escalation.Acknowledgement;

/// <summary>The verdict on a token; <see cref="Claim"/> is set only when it is <see cref="AckTokenStatus.Valid"/>.</summary>
public sealed record AckTokenCheck(AckTokenStatus Status, AckClaim? Claim);
