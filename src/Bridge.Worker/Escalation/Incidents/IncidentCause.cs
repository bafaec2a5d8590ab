namespace Bridge.Worker.Escalation.Incidents;

/// <summary>Why an incident exists; a ticket has at most one open incident per cause.</summary>
public static class IncidentCause
{
    /// <summary>Routing said "page now": an emergency outside business hours that the contract covers.</summary>
    public const string AfterHours = "after-hours";

    /// <summary>Within business hours, a level with a desk's ladder (the seeds' P1): the desk is paged from the ticket's entry.</summary>
    public const string BusinessHours = "business-hours";

    /// <summary>Within business hours, nobody responded before the internal-response SLA ran out.</summary>
    public const string Sla = "sla";

    /// <summary>The ticket waits on the client (<c>Escalation:WaitingStatuses</c>): remind, tell the client, ask to close.</summary>
    public const string WaitingOnClient = "waiting-on-client";

    /// <summary>
    /// The weekly test page of the self-watch (<c>Watch:Canary</c>): no ConnectWise ticket behind it (its ticket id is
    /// the negated ISO week, e.g. -202649), so nothing of it is written back, and no ticket change ever reaches it.
    /// </summary>
    public const string Canary = "canary";
}
