namespace Bridge.Connectors.ConnectWise.Models;

/// <summary>The answer of <c>GET /system/info</c>.</summary>
public sealed record SystemInfo
{
    /// <summary>Server version, e.g. <c>v2025.1.12345</c>.</summary>
    public string? Version { get; init; }

    /// <summary>Whether this is ConnectWise's cloud.</summary>
    public bool? IsCloud { get; init; }

    /// <summary>The server's time zone name.</summary>
    public string? ServerTimeZone { get; init; }

    /// <summary>Cloud region, e.g. <c>NA</c>.</summary>
    public string? CloudRegion { get; init; }
}
