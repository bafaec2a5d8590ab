namespace Bridge.Worker.Escalation.Delivery;

/// <summary>How a page to one person ended.</summary>
public enum DispatchStatus
{
    /// <summary>A contact method accepted the page now.</summary>
    Sent,

    /// <summary>This page (dedup key) already reached the person earlier; nothing was sent again.</summary>
    AlreadySent,

    /// <summary>Every contact method failed or was ambiguous; the next escalation step is the safety net.</summary>
    AllFailed,

    /// <summary>The person has no contact method at all.</summary>
    NoContactMethods,
}
