namespace Bridge.Worker.OnCall;

/// <summary>
/// <see cref="Person"/> is on call for <see cref="Schedule"/> from <see cref="From"/> to <see cref="To"/>:
/// only where <see cref="For"/> would have been when it is set (a swap or sick day), otherwise
/// whoever would have been, gaps included. Later overrides sit on top of earlier ones. An empty
/// <see cref="Person"/> (<see cref="Nobody"/>) leaves the time uncovered: a gap.
/// </summary>
public sealed record OnCallOverride(
    string Id,
    string Schedule,
    string Person,
    string? For,
    DateTimeOffset From,
    DateTimeOffset To,
    DateTimeOffset CreatedAt,
    string? Note = null,
    bool FromConfig = false)
{
    /// <summary>What a person types for an override that leaves the time uncovered.</summary>
    public const string Nobody = "nobody";

    public bool IsNobody => string.IsNullOrEmpty(Person);
}
