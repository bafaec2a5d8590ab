using Bridge.Worker.Escalation.Incidents;

namespace Bridge.Worker.Escalation.Engine;

/// <summary>
/// What a ticket change asks of the ticket's incidents, decided by <see cref="IncidentChangeDecider"/> with no I/O and
/// applied in order by the engine: every state change with its timeline line in one write, then timers and sends.
/// </summary>
internal abstract record IncidentAction
{
    /// <summary>Resolve or cancel an open incident, with the reason and who did it (null: nobody).</summary>
    public sealed record Close(int IncidentId, IncidentState State, string Reason, string? By, string Via) : IncidentAction;

    /// <summary>Someone is on it: a work-in-progress status set in ConnectWise.</summary>
    public sealed record Acknowledge(int IncidentId, string By, string Via, string Text) : IncidentAction;

    /// <summary>A person worked the acknowledged ticket in ConnectWise: the re-alert counts from <paramref name="At"/>.</summary>
    public sealed record WorkSeen(int IncidentId, DateTimeOffset At, string What) : IncidentAction;

    /// <summary>Open an incident on the plan's ladder.</summary>
    public sealed record Open(IncidentPlan Plan) : IncidentAction;

    /// <summary>Start the waiting-on-client ladder from <paramref name="Start"/>.</summary>
    public sealed record StartWaiting(string Policy, DateTimeOffset Start, string Text) : IncidentAction;

    /// <summary>Move an open incident to another ladder (and, at a business-hours boundary, another cause).</summary>
    public sealed record Replan(int IncidentId, string Policy, string Why, string? Cause = null) : IncidentAction;

    /// <summary>Nobody is paged; the timeline says when work starts (write-back mails the client).</summary>
    public sealed record Defer(string Policy, string When, string Text) : IncidentAction;

    /// <summary>Keep the incident as it is, with the ticket's latest fields.</summary>
    public sealed record Keep(int IncidentId) : IncidentAction;

    /// <summary>No incident: the SLA was missed long before the bridge saw the ticket.</summary>
    public sealed record SkipOldSla(TimeSpan Age) : IncidentAction;

    /// <summary>No incident: escalation is switched off (<c>Escalation:Enabled</c>).</summary>
    public sealed record SkipDisabled(string Why) : IncidentAction;
}
