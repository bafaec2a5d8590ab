namespace Bridge.Worker.Escalation.Delivery;

/// <summary>How one contact method of one page went, and its record in the delivery log (none when nothing was tried).</summary>
internal sealed record MethodAttempt(MethodOutcome Outcome, DeliveryRecord? Record)
{
    public bool Reached => Outcome is MethodOutcome.Sent or MethodOutcome.AlreadyReached;
}
