namespace Bridge.Worker.Reporting.Reviews;

/// <summary>What a review link says: this person may answer the review of this incident until this instant.</summary>
public sealed record ReviewClaim(int IncidentId, string Member, DateTimeOffset ExpiresAt);

/// <summary>The verdict on a review token; <see cref="Claim"/> is set when it is valid or expired (to say since when), never when forged.</summary>
public sealed record ReviewTokenCheck(Escalation.Acknowledgement.AckTokenStatus Status, ReviewClaim? Claim);
