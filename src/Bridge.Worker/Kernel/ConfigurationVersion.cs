using System.Globalization;

namespace Bridge.Worker.Kernel;

/// <summary>
/// Which configuration a decision or an incident was made under: a short hash of the sections that decide who is
/// paged and why (routing, escalation, on-call; secrets left out) and when that configuration was applied. The hash
/// finds the configuration itself again (<c>config_versions</c>) after the file has changed.
/// </summary>
internal sealed record ConfigurationVersion(string Hash, DateTimeOffset AppliedAt)
{
    /// <summary>"3f9a0c21b7d4 applied Tue 2026-11-24 01:58 -05:00", in <paramref name="offset"/>'s offset.</summary>
    public string Describe(TimeSpan offset) =>
        $"{Hash} applied {AppliedAt.ToOffset(offset).ToString("ddd yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)}";
}
