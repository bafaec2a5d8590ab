namespace Bridge.Worker.OnCall;

/// <summary>
/// Why the answer is what it is: a layer's rotation shift (<see cref="Name"/> is the layer,
/// <see cref="Shift"/> its shift number), an override (<see cref="Name"/> is its id and
/// <see cref="Replaced"/> whom it covers), or nobody.
/// </summary>
public sealed record OnCallSource(OnCallSourceKind Kind, string Name, long Shift = 0, string? Replaced = null)
{
    public static OnCallSource Nobody { get; } = new(OnCallSourceKind.Nobody, "");

    public static OnCallSource FromLayer(string layer, long shift) => new(OnCallSourceKind.Layer, layer, shift);

    public static OnCallSource FromOverride(string overrideId, string? replaced) => new(OnCallSourceKind.Override, overrideId, 0, replaced);

    /// <summary>Two stretches with the same key and person are one shift (who they replaced may change inside an override).</summary>
    internal string Key => Kind switch
    {
        OnCallSourceKind.Layer => $"layer:{Name}:{Shift}",
        OnCallSourceKind.Override => $"override:{Name}",
        _ => "nobody",
    };

    public override string ToString() => Kind switch
    {
        OnCallSourceKind.Layer => $"layer '{Name}' shift {Shift}",
        OnCallSourceKind.Override => Replaced is null ? $"override {Name}" : $"override {Name} covering {Replaced}",
        _ => "nobody",
    };
}
