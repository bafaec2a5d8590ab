using System.ComponentModel.DataAnnotations;

namespace Bridge.Worker.Telemetry;

/// <summary>The bridge's metrics and their scrape endpoint <c>GET /metrics</c> (<c>Telemetry</c>).</summary>
internal sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>Serve <c>/metrics</c> (read at start). Off: the endpoint answers 404 and nothing collects the measurements.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// A secret a Prometheus on another host sends as <c>Authorization: Bearer …</c>; without it <c>/metrics</c>
    /// answers loopback callers only (unset, the default).
    /// </summary>
    [MinLength(16)]
    public string? MetricsToken { get; set; }
}
