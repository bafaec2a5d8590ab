namespace Bridge.Worker.Escalation.Delivery;

/// <summary>What an acknowledgement achieved.</summary>
public enum AckStatus
{
    /// <summary>The incident is now acknowledged by this person.</summary>
    Acknowledged,

    /// <summary>It was acknowledged before; nothing changed.</summary>
    AlreadyAcknowledged,

    /// <summary>No such incident (or it is closed).</summary>
    NotFound,

    /// <summary>This person may not acknowledge it.</summary>
    Refused,
}
