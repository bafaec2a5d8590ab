namespace Bridge.Worker.Escalation.Policies;

/// <summary>
/// A ladder step: <see cref="After"/> the ladder's start, notify <see cref="Targets"/>, then again every
/// <see cref="RepeatEvery"/> up to <see cref="RepeatCount"/> more times until someone acknowledges (alert until read).
/// Steps add people: an earlier step keeps repeating after a later one starts.
/// </summary>
public sealed class EscalationStepOptions
{
    public TimeSpan After { get; set; }

    /// <summary><c>schedule:&lt;name&gt;</c>, <c>role:&lt;name&gt;</c>, <c>member:&lt;identifier&gt;</c> or <c>assigned</c> (the ticket's owner and resources).</summary>
    public List<string> Targets { get; set; } = [];

    public TimeSpan? RepeatEvery { get; set; }

    public int RepeatCount { get; set; }

    /// <summary>Only these contact methods (e.g. <c>["email"]</c> for a reminder that must not ring a phone); empty: all, in the person's order.</summary>
    public List<string> Channels { get; set; } = [];

    /// <summary>A line put before the ticket's summary in the message (e.g. "Waiting on the client for 24 h: …").</summary>
    public string? Message { get; set; }
}
