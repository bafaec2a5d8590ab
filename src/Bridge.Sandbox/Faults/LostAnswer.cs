namespace Bridge.Sandbox;

/// <summary>How the answer to a committed create is lost (see <see cref="SandboxFaults.LoseFirstAnswerOfEachCreate"/>).</summary>
public enum LostAnswer
{
    /// <summary>The connection is reset instead of answering.</summary>
    ConnectionReset,

    /// <summary>No answer at all until the client gives up (its timeout) or two minutes of real time pass.</summary>
    Timeout,

    /// <summary>A 504 from a gateway, as a proxy answers when the server behind it was too slow.</summary>
    GatewayTimeout,
}
