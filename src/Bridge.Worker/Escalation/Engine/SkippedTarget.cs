namespace Bridge.Worker.Escalation.Engine;

/// <summary>A target passed over: the person, when there is one, and why in words.</summary>
internal sealed record SkippedTarget(string? Member, string? Name, string Reason)
{
    /// <summary>The schedule that had nobody on call (a gap in its rotation), and until when; null for other reasons.</summary>
    public (string Schedule, DateTimeOffset Until)? Gap { get; init; }
}
