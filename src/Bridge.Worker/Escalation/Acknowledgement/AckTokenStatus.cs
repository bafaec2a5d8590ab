namespace Bridge.Worker.Escalation.Acknowledgement;

public enum AckTokenStatus
{
    Valid,

    /// <summary>Not a token at all, or its signature does not match (edited, truncated, signed with another key).</summary>
    Invalid,

    /// <summary>Signed by this bridge but past its lifetime.</summary>
    Expired,

    /// <summary>Signed by this bridge for another incident than the one in the address.</summary>
    OtherIncident,
}
