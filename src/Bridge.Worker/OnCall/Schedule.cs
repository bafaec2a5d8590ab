using NodaTime;

namespace Bridge.Worker.OnCall;

/// <summary>A compiled schedule: layers lowest first (a later layer wins where both are active), config overrides, required coverage.</summary>
internal sealed record Schedule(string Name, DateTimeZone Zone, IReadOnlyList<RotationLayer> Layers, IReadOnlyList<OnCallOverride> Overrides, IReadOnlyList<Restriction> Coverage)
{
    /// <summary>Inside the hours someone must be on call (always, when no coverage is configured).</summary>
    public bool MustBeCovered(NodaTime.Instant instant) => Coverage.Count == 0 || Coverage.Any(c => c.Contains(instant, Zone));
}
