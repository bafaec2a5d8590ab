namespace Bridge.Worker.Escalation.Delivery;

/// <summary>
/// One page to one person for one step, handed from escalation to delivery (collection <c>delivery_pages</c>): the
/// page itself, the person's contact methods in order, which one is next, and how it ended. It waits in the lane of
/// the channel of its next method.
/// </summary>
internal sealed class PageRequest
{
    public long Id { get; set; }

    /// <summary>0 for a notice (<see cref="IsNotice"/>).</summary>
    public int IncidentId { get; set; }

    /// <summary>
    /// The step send it belongs to (<c>incident:ladder:step:repeat</c>): the step is complete when all of its pages are.
    /// For a notice, the notice's key.
    /// </summary>
    public string Send { get; set; } = "";

    public int TicketId { get; set; }

    public int Step { get; set; }

    public int Repeat { get; set; }

    public string PersonId { get; set; } = "";

    public string? PersonName { get; set; }

    /// <summary>The page (<see cref="Bridge.Connectors.Notifications.Notification"/>) as JSON, composed when the step started.</summary>
    public string Page { get; set; } = "";

    public List<PageMethod> Methods { get; set; } = [];

    /// <summary>The index of the method tried next.</summary>
    public int Next { get; set; }

    /// <summary>The channel kind of the next method while pending; empty once finished.</summary>
    public string Lane { get; set; } = "";

    public PageRequestState State { get; set; }

    /// <summary>Attempts of the current method that threw (storage trouble, not a channel's failure).</summary>
    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RetryAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>A notice (<see cref="Notice"/>), not a page: no incident waits on it.</summary>
    public bool IsNotice => IncidentId == 0;
}
