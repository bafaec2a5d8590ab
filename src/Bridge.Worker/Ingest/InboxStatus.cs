namespace Bridge.Worker.Ingest;

/// <summary>Where a stored callback is in its life.</summary>
public enum InboxStatus
{
    /// <summary>Stored, not processed yet (also after a crash: processed after the restart).</summary>
    Pending,

    /// <summary>The changes it led to are stored.</summary>
    Done,

    /// <summary>Verified later and found forged, or given up after repeated failures; the poller covers it.</summary>
    Rejected,
}
