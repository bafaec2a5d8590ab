namespace Bridge.Worker.Configuration;

/// <summary>An edit that was not applied, with one line per problem naming the key (secrets masked).</summary>
internal sealed record ConfigRefusal(DateTimeOffset At, IReadOnlyList<string> Reasons);
