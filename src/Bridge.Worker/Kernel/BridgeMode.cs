namespace Bridge.Worker.Kernel;

/// <summary>Whether the bridge acts on what it decides, or only records it (key <c>Bridge:Mode</c>).</summary>
public enum BridgeMode
{
    /// <summary>Writes to ConnectWise and sends pages.</summary>
    Live,

    /// <summary>
    /// Reads ConnectWise and decides exactly as in live mode, but writes and pages are only recorded (state
    /// <c>shadowed</c> in the outbox, <c>Shadow</c> in the delivery log), so an MSP can run it beside production.
    /// </summary>
    Shadow,
}
