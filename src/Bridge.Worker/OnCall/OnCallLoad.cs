namespace Bridge.Worker.OnCall;

/// <summary>
/// On-call time per person over a window, in real elapsed hours. <see cref="Covered"/> is the sum of
/// <see cref="PerPerson"/>; <see cref="Covered"/> + <see cref="Uncovered"/> is the window.
/// </summary>
public sealed record OnCallLoad(string Schedule, DateTimeOffset From, DateTimeOffset To, IReadOnlyDictionary<string, TimeSpan> PerPerson, TimeSpan Covered, TimeSpan Uncovered);
