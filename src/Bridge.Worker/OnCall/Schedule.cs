using NodaTime;

namespace Bridge.Worker.OnCall;

/// <summary>A compiled schedule: layers lowest first (a later layer wins where both are active) and config overrides.</summary>
internal sealed record Schedule(string Name, DateTimeZone Zone, IReadOnlyList<RotationLayer> Layers, IReadOnlyList<OnCallOverride> Overrides);
