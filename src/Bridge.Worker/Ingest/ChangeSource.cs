namespace Bridge.Worker.Ingest;

/// <summary>Which path brought the ticket version that produced a change.</summary>
public enum ChangeSource
{
    /// <summary>The entity carried by a verified ConnectWise callback.</summary>
    Callback,

    /// <summary>The poller's <c>lastUpdated</c> sweep.</summary>
    Poll,

    /// <summary>A fetch by id, after a callback whose entity was missing, stale or unverified.</summary>
    Fetch,

    /// <summary>No new version: a business-hours boundary of the ticket's client asks for a new decision.</summary>
    Boundary,
}
