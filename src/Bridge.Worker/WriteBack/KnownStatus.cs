namespace Bridge.Worker.WriteBack;

/// <summary>A ticket's status as the bridge knew it, at ConnectWise's version <paramref name="LastUpdated"/>.</summary>
public sealed record KnownStatus(int StatusId, string? StatusName, DateTimeOffset LastUpdated);
