namespace Bridge.Worker.Reporting.Reviews;

/// <summary>The verdict on a review token; <see cref="Claim"/> is set when it is valid or expired (to say since when), never when forged.</summary>
public sealed record ReviewTokenCheck(Escalation.Acknowledgement.AckTokenStatus Status, ReviewClaim? Claim);
