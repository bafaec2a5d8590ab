using NodaTime;

namespace Bridge.Worker.OnCall;

/// <summary>A stretch of a schedule's timeline with one answer; <see cref="Member"/> is null in a gap.</summary>
internal sealed record OnCallSegment(Instant Start, Instant End, string? Member, OnCallSource Source);
