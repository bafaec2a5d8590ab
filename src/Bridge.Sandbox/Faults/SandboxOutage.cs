namespace Bridge.Sandbox;

/// <summary>How the whole API is down (see <see cref="SandboxFaults.Outage"/>).</summary>
public enum SandboxOutage
{
    /// <summary>Up.</summary>
    None,

    /// <summary>Every request answers 503 with ConnectWise's "temporarily unavailable" body.</summary>
    ServiceUnavailable,

    /// <summary>Every connection is dropped before an answer (as close to "refused" as a listening server gets).</summary>
    ConnectionDropped,
}
