namespace Bridge.Worker.OnCall;

/// <summary>What put someone on call (or nobody).</summary>
public enum OnCallSourceKind
{
    Nobody,
    Layer,
    Override,
}
