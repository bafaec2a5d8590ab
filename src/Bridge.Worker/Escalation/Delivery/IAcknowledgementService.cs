namespace Bridge.Worker.Escalation.Delivery;

/// <summary>
/// Acknowledges an incident on behalf of a person, whatever the way in (ack link, SMS reply, chat).
/// The escalation engine (#6) owns the real implementation (stop the ladder, write back to ConnectWise);
/// until then <see cref="DeliveryLogAcknowledgementService"/> records the acknowledgement in the delivery log.
/// </summary>
public interface IAcknowledgementService
{
    /// <param name="incidentId">The incident the page belonged to.</param>
    /// <param name="personOrAddress">The person id, or the address the acknowledgement came from (e.g. the phone number).</param>
    /// <param name="via">How it came in: a channel kind such as <c>sms</c>, or <c>link</c>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<AckResult> AcknowledgeAsync(string incidentId, string personOrAddress, string via, CancellationToken cancellationToken);
}
