namespace Bridge.Worker.WriteBack;

/// <summary>Where an outbox record stands: pending → sending → sent, or failed / unknown and tried again, or parked.</summary>
public enum OutboxState
{
    /// <summary>Waiting its turn (its ticket's earlier records go first).</summary>
    Pending,

    /// <summary>In flight until its deadline; found in this state at start, it becomes <see cref="Unknown"/>.</summary>
    Sending,

    /// <summary>Written (or found already written).</summary>
    Sent,

    /// <summary>Not written (ConnectWise down, throttled); tried again at its next attempt instant.</summary>
    Failed,

    /// <summary>May or may not have been written (timeout, reset, 5xx after sending): looked up by marker before any new attempt.</summary>
    Unknown,

    /// <summary>Refused by ConnectWise as invalid: kept with the error, not retried, reported on <c>/health/ready</c>.</summary>
    Parked,

    /// <summary>Deliberately not written (a person changed the status first, no status mapped for the board).</summary>
    Skipped,

    /// <summary>Shadow mode: recorded what would have been written, wrote nothing.</summary>
    Shadowed,
}
