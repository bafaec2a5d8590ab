namespace Bridge.Connectors.Notifications;

/// <summary>
/// One way of reaching a person (email, SMS, Teams, Slack, a generic webhook). The escalation engine
/// never talks to a provider directly; it hands a rendered <see cref="Notification"/> and an address to
/// the channel whose <see cref="Kind"/> matches the person's contact method.
/// </summary>
/// <remarks>
/// <see cref="SendAsync"/> never throws for a delivery problem: the outcome is a <see cref="DeliveryResult"/>
/// (<see cref="DeliveryStatus.Sent"/>, <see cref="DeliveryStatus.Failed"/> or, when the provider may or may not
/// have accepted the message, <see cref="DeliveryStatus.Unknown"/>). It throws only
/// <see cref="OperationCanceledException"/> when the caller cancels. Secrets never appear in a result.
/// </remarks>
public interface INotificationChannel
{
    /// <summary>The channel kind, one of <see cref="ChannelKinds"/> (e.g. <c>sms</c>).</summary>
    string Kind { get; }

    /// <summary>True when the channel has its configuration section; an unconfigured channel is skipped.</summary>
    bool IsConfigured { get; }

    /// <summary>Sends one page to one address, once. Retries happen only where the provider call is safe to repeat.</summary>
    /// <param name="notification">The page, with <see cref="Notification.Subject"/> and <see cref="Notification.Body"/> already rendered for this channel.</param>
    /// <param name="to">The address on this channel (email address, E.164 number, chat webhook URL, person id).</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>What happened, with the provider's message id when one was given.</returns>
    Task<DeliveryResult> SendAsync(Notification notification, ContactAddress to, CancellationToken cancellationToken);
}
