namespace Bridge.Worker.Kernel;

/// <summary>Settings of the bridge as a whole. Section <c>Bridge</c>.</summary>
public sealed class BridgeModeOptions
{
    public const string SectionName = "Bridge";

    /// <summary><c>Live</c> (default) or <c>Shadow</c>.</summary>
    public BridgeMode Mode { get; set; } = BridgeMode.Live;
}
