namespace Bridge.Worker.Escalation.Incidents;

public enum IncidentState
{
    /// <summary>The ladder runs: steps notify until someone acknowledges.</summary>
    Triggered,

    /// <summary>A person is on it; the ladder is stopped (it may page again after the policy's acknowledgement timeout).</summary>
    Acknowledged,

    /// <summary>Done: a person resolved it, or the ticket was closed.</summary>
    Resolved,

    /// <summary>The cause is gone (the ticket no longer needs anyone now); the ladder stopped without an acknowledgement.</summary>
    Cancelled,
}
