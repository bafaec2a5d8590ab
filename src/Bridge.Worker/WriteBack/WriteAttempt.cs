namespace Bridge.Worker.WriteBack;

/// <summary>One attempt at one record: the record, the resolved names, whether the bridge runs in shadow mode.</summary>
internal sealed class WriteAttempt(OutboxRecord record, WriteBackTargets targets, bool shadow)
{
    public OutboxRecord Record { get; } = record;

    public WriteBackTargets Targets { get; } = targets;

    /// <summary>Shadow mode: decide everything, read what is needed, write nothing.</summary>
    public bool Shadow { get; } = shadow;

    /// <summary>A create request has left: if no clear answer comes back, the record may exist.</summary>
    public bool CreateSent { get; private set; }

    public void MarkCreateSent() => CreateSent = true;
}
