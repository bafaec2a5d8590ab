namespace Bridge.Worker.Escalation.Delivery;

/// <summary>The outcome of one page to one person: how it ended, through which method, and the attempts made now.</summary>
public sealed record DispatchResult(DispatchStatus Status, ContactMethod? ReachedVia, IReadOnlyList<DeliveryRecord> Attempts)
{
    /// <summary>True when the person was reached (now or before).</summary>
    public bool Reached => Status is DispatchStatus.Sent or DispatchStatus.AlreadySent;
}
