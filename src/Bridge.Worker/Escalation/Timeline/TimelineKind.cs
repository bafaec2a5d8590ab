namespace Bridge.Worker.Escalation.Timeline;

/// <summary>What a timeline line records. Write-back turns some of them into ConnectWise notes, time entries and status changes.</summary>
public enum TimelineKind
{
    /// <summary>An incident was opened for a ticket and a cause (policy in <see cref="TimelineEntry.Policy"/>).</summary>
    Opened,

    /// <summary>An escalation step (or a repeat of it) became due and started notifying its targets.</summary>
    StepStarted,

    /// <summary>One send attempt to one person through one channel; <see cref="TimelineEntry.Result"/> says how it went.</summary>
    NotificationAttempt,

    /// <summary>
    /// Every target of a step (or of one repeat of it) has been tried; written after the step's attempts, so
    /// write-back can turn the step into one note ("paged Anh Nguyen by sms (sent), email (failed)").
    /// </summary>
    StepCompleted,

    /// <summary>A target was passed over (busy with another incident, no one on call, no contact method), with the reason.</summary>
    TargetSkipped,

    /// <summary>A person acknowledged (link, SMS reply, chat, or a work-in-progress status in ConnectWise).</summary>
    Acknowledged,

    /// <summary>A person asked to escalate to the next step, or the incident moved up a ladder (e.g. tier 3).</summary>
    Escalated,

    /// <summary>The incident was resolved (by a person, with minutes worked and a note, or by the ticket closing).</summary>
    Resolved,

    /// <summary>The cause is gone (ticket no longer needs it: deprioritised, moved, deleted); the ladder stopped.</summary>
    Cancelled,

    /// <summary>The incident switched ladders or was re-timed (assignment, priority change).</summary>
    Replanned,

    /// <summary>A ConnectWise change the incident reacted to.</summary>
    TicketChanged,

    /// <summary>
    /// Write-back to ConnectWise: a write applied, skipped (with the reason) or parked. Not stored in the timeline (older
    /// state files hold some): these lines are the outbox's log, merged in where a person reads the timeline.
    /// </summary>
    WriteBack,

    /// <summary>Anything else worth a line (a note for the reader).</summary>
    Note,

    /// <summary>
    /// A ticket that waits for the client's next business opening (no incident: <see cref="TimelineEntry.IncidentId"/>
    /// is empty); <see cref="TimelineEntry.Note"/> says when that is. Write-back tells the client.
    /// </summary>
    Deferred,

    /// <summary>A ladder step mails the ticket's contact; <see cref="TimelineEntry.Note"/> names the notice (e.g. <c>WaitingOnClient</c>).</summary>
    ClientNotice,
}
