namespace Bridge.Worker.OnCall;

/// <summary>
/// A request to add an override (body of <c>POST /oncall/{schedule}/overrides</c>, or the CLI switches).
/// Times without an offset are read on the schedule's wall clock.
/// </summary>
public sealed record OverrideRequest(string? Person, string? For, string? From, string? To, string? Note = null);
