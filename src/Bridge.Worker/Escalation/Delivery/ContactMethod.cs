namespace Bridge.Worker.Escalation.Delivery;

/// <summary>
/// One way to reach a person, in the order the person prefers: a channel kind (<c>email</c>, <c>sms</c>,
/// <c>teams</c>, <c>slack</c>, <c>webhook</c>) and the address on it. On-call configuration maps its people
/// onto these; delivery knows nothing else about them.
/// </summary>
public sealed record ContactMethod(string Kind, string Address);
