namespace Bridge.Worker.Escalation.Delivery;

/// <summary>Where one delivery attempt (or timeline entry) stands.</summary>
public enum DeliveryState
{
    /// <summary>Recorded before the provider was called; left as is if the process died mid-send (then treated as unknown).</summary>
    Queued,

    /// <summary>The provider accepted it.</summary>
    Sent,

    /// <summary>Refused or unreachable; the reason says which.</summary>
    Failed,

    /// <summary>Ambiguous (timeout after sending): never re-sent through the same method.</summary>
    Unknown,

    /// <summary>The provider reported it delivered to the handset/mailbox.</summary>
    Delivered,

    /// <summary>The provider reported it read.</summary>
    Read,

    /// <summary>Not a send: the incident was acknowledged (by <see cref="DeliveryRecord.Address"/>, via <see cref="DeliveryRecord.Kind"/>).</summary>
    Acknowledged,

    /// <summary>Shadow mode: this is what would have been sent; no provider was called.</summary>
    Shadow,
}
