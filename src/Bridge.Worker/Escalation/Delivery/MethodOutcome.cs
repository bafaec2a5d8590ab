namespace Bridge.Worker.Escalation.Delivery;

/// <summary>The outcome of one contact method for one page.</summary>
internal enum MethodOutcome
{
    /// <summary>The method accepted the page now (or it was recorded in shadow mode).</summary>
    Sent,

    /// <summary>This page already reached the person through this method; nothing was sent again.</summary>
    AlreadyReached,

    /// <summary>Not tried: an earlier attempt of this page through it may have been delivered.</summary>
    Skipped,

    /// <summary>The method failed or its outcome is unknown; the next method is tried.</summary>
    Failed,
}
