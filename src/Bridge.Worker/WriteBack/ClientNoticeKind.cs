namespace Bridge.Worker.WriteBack;

/// <summary>The mails a ticket's contact gets from the bridge (seed templates: received, assigned, tier 3, waiting on client).</summary>
public enum ClientNoticeKind
{
    /// <summary>An after-hours emergency was received and the on-call technician is being paged.</summary>
    Received,

    /// <summary>A technician acknowledged: someone is on it.</summary>
    Assigned,

    /// <summary>Still open at the escalation threshold: moved to a senior (tier 3) engineer.</summary>
    Tier3,

    /// <summary>A business-hours-only contract: the ticket waits for the next business morning.</summary>
    Deferred,

    /// <summary>Waiting on the client for 72 hours: the ticket closes in 24 hours without a reply.</summary>
    WaitingOnClient,
}
