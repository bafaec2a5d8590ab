namespace Bridge.Connectors.Notifications;

/// <summary>What one send achieved. Reasons name status codes and stages, never secrets, tokens or full URLs.</summary>
/// <param name="Status">Sent, failed or unknown.</param>
/// <param name="ProviderMessageId">The provider's id for the message (SMS <c>sid</c>, email Message-ID), when given.</param>
/// <param name="Reason">Why it failed or is unknown; null when sent.</param>
/// <param name="IsTransient">For a failure: whether the same send may succeed later (rate limit, server down).</param>
public sealed record DeliveryResult(DeliveryStatus Status, string? ProviderMessageId = null, string? Reason = null, bool IsTransient = false)
{
    /// <summary>The provider accepted the message.</summary>
    /// <param name="providerMessageId">The provider's message id, if any.</param>
    /// <returns>A sent result.</returns>
    public static DeliveryResult Sent(string? providerMessageId = null) => new(DeliveryStatus.Sent, providerMessageId);

    /// <summary>The message was not sent.</summary>
    /// <param name="reason">Why, safe to log.</param>
    /// <param name="transient">Whether a later attempt may succeed.</param>
    /// <returns>A failed result.</returns>
    public static DeliveryResult Failed(string reason, bool transient) => new(DeliveryStatus.Failed, null, reason, transient);

    /// <summary>The message may or may not have been sent.</summary>
    /// <param name="reason">Why the outcome is unknown, safe to log.</param>
    /// <returns>An unknown result.</returns>
    public static DeliveryResult Unknown(string reason) => new(DeliveryStatus.Unknown, null, reason);
}
