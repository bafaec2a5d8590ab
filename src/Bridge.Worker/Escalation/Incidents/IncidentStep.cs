using Bridge.Worker.Escalation.Policies;

namespace Bridge.Worker.Escalation.Incidents;

/// <summary>
/// One step of the ladder an incident runs, copied from the policy when the ladder started (a config reload
/// does not move a ladder already under way), with how far its repeats have gone.
/// </summary>
public sealed class IncidentStep
{
    /// <summary>1 for the first step.</summary>
    public int Number { get; set; }

    public TimeSpan After { get; set; }

    public List<string> Targets { get; set; } = [];

    public TimeSpan? RepeatEvery { get; set; }

    public int RepeatCount { get; set; }

    /// <summary>Only these contact methods; empty: all.</summary>
    public List<string> Channels { get; set; } = [];

    public string? Message { get; set; }

    /// <summary>The repeat to send next (0: the first send); past <see cref="RepeatCount"/> the step is done.</summary>
    public int NextRepeat { get; set; }

    /// <summary>
    /// The ladder's last step keeps paging after its own repeats: from <see cref="ThenFrom"/> (after the ladder start)
    /// every <see cref="ThenEvery"/>, until someone acknowledges. Empty: the step ends with its repeats.
    /// </summary>
    public TimeSpan? ThenEvery { get; set; }

    public TimeSpan ThenFrom { get; set; }

    /// <summary>The fallback of an exhausted ladder (<c>Escalation:Exhausted</c>), not one of the policy's steps.</summary>
    public bool IsFallback { get; set; }

    /// <summary>Whether the step pages people (any target but the client's contact).</summary>
    [LiteDB.BsonIgnore]
    public bool PagesPeople => Targets.Any(t => EscalationTarget.TryParse(t, out var target) && target.Kind != EscalationTargetKind.Contact);

    /// <summary>Whether the step mails the ticket's contact (a client notice).</summary>
    [LiteDB.BsonIgnore]
    public bool MailsContact => Targets.Any(t => EscalationTarget.TryParse(t, out var target) && target.Kind == EscalationTargetKind.Contact);

    /// <summary>Set by "escalate to next": the step's next send is due at this instant instead.</summary>
    public DateTimeOffset? DueOverride { get; set; }
}
