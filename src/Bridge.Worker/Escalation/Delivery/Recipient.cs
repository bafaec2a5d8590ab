namespace Bridge.Worker.Escalation.Delivery;

/// <summary>The person a page is for, with their contact methods in order of preference.</summary>
public sealed record Recipient(string PersonId, string? Name, IReadOnlyList<ContactMethod> Methods);
