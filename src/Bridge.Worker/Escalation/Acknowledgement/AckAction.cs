namespace Bridge.Worker.Escalation.Acknowledgement;

/// <summary>What a signed link lets its holder do.</summary>
public enum AckAction
{
    Acknowledge,
    Escalate,
    Resolve,
}
