namespace Bridge.Worker.WriteBack;

/// <summary>
/// One line of an outbox record's log: how an attempt ended (applied, skipped, parked, shadowed) or what an admin did
/// about it. The log is write-back's own account of its results; the timeline a person reads shows it
/// (<see cref="OutboxTimeline"/>), but it is never written into the incident timeline write-back reads.
/// </summary>
public sealed class OutboxLogEntry
{
    public DateTimeOffset At { get; set; }

    /// <summary><c>applied</c>, <c>skipped</c>, <c>parked</c>, <c>shadowed</c> or <c>admin</c>.</summary>
    public string Result { get; set; } = "";

    public string Text { get; set; } = "";
}
