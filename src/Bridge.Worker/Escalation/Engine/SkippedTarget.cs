namespace Bridge.Worker.Escalation.Engine;

/// <summary>A target passed over: the person, when there is one, and why in words.</summary>
internal sealed record SkippedTarget(string? Member, string? Name, string Reason);
