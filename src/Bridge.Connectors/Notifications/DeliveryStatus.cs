namespace Bridge.Connectors.Notifications;

/// <summary>The outcome of one send.</summary>
public enum DeliveryStatus
{
    /// <summary>The provider accepted the message.</summary>
    Sent,

    /// <summary>The provider refused it or could not be reached before anything was sent.</summary>
    Failed,

    /// <summary>
    /// The request went out but no clear answer came back (timeout, connection lost). The provider may
    /// have sent it: the same page is not sent again through this method; the next method or the next
    /// escalation step is the safety net.
    /// </summary>
    Unknown,
}
