namespace Bridge.Worker.WriteBack;

/// <summary>The bridge events that move a ticket's status (mapped per board in <c>WriteBack:Statuses</c>).</summary>
public enum WriteBackEvent
{
    /// <summary>A person acknowledged the incident.</summary>
    Acknowledged,

    /// <summary>The incident was escalated (a person asked, or it moved up a ladder).</summary>
    Escalated,

    /// <summary>The incident was resolved.</summary>
    Resolved,

    /// <summary>A ticket waiting on the client went unanswered past its limit.</summary>
    WaitingOnClientExpired,
}
