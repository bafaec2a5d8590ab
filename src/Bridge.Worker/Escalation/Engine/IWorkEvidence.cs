namespace Bridge.Worker.Escalation.Engine;

/// <summary>
/// Asks ConnectWise whether a person worked a ticket since an instant: a note or a time entry that is not the bridge's
/// own. Throws when ConnectWise cannot answer; the engine then re-alerts (unknown is not "someone is on it").
/// </summary>
internal interface IWorkEvidence
{
    Task<WorkSign?> LatestSinceAsync(int ticketId, bool projectTicket, DateTimeOffset since, CancellationToken cancellationToken);
}

/// <summary>A sign of work: when, what ("note", "time entry", "status Waiting Client"), by whom if known.</summary>
internal sealed record WorkSign(DateTimeOffset At, string What, string? By);
