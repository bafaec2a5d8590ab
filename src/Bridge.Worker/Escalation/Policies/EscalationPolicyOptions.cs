namespace Bridge.Worker.Escalation.Policies;

/// <summary>One escalation ladder: steps in order, each notifying its targets a delay after the ladder starts.</summary>
public sealed class EscalationPolicyOptions
{
    public List<EscalationStepOptions> Steps { get; set; } = [];

    /// <summary>
    /// The ladder to move to when the ticket is still open at its SLA escalation threshold (the seeds' "P1 still
    /// open at 2 h: tier 3"); empty: stay on this one.
    /// </summary>
    public string? ThresholdPolicy { get; set; }

    /// <summary>This ladder's own <see cref="EscalationOptions.RepeatLastEvery"/>; empty: the section's.</summary>
    public TimeSpan? RepeatLastEvery { get; set; }

    /// <summary>This ladder's own <see cref="EscalationOptions.GiveUpAfter"/>; empty: the section's.</summary>
    public TimeSpan? GiveUpAfter { get; set; }

    /// <summary>
    /// Re-alert when an acknowledged ticket shows no sign of work by a person in ConnectWise (a note, a time entry, a
    /// status change) for this long after the acknowledgement or the latest such sign: the acknowledger is paged
    /// again, then the ladder resumes. Empty: never.
    /// </summary>
    public TimeSpan? AcknowledgementTimeout { get; set; }
}
