namespace Bridge.Worker.Reporting.Reviews;

/// <summary>What a review link says: this person may answer the review of this incident until this instant.</summary>
public sealed record ReviewClaim(int IncidentId, string Member, DateTimeOffset ExpiresAt);
