namespace Bridge.Worker.Escalation.Policies;

public enum EscalationTargetKind
{
    /// <summary>Whoever is on call for the schedule when the step fires.</summary>
    Schedule,

    /// <summary>Everyone holding the role (Dispatcher, ServiceManager, …).</summary>
    Role,

    /// <summary>One person by ConnectWise member identifier.</summary>
    Member,

    /// <summary>The ticket's owner and resources.</summary>
    Assigned,

    /// <summary>The ticket's contact at the client: mailed a client notice (waiting on client), never paged.</summary>
    Contact,
}
