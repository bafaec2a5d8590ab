using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bridge.Worker.Configuration;

/// <summary>
/// Part of <c>/health/ready</c>: degraded while the last edit of the configuration is refused (the bridge
/// still runs, on the configuration before it); <c>GET /config/status</c> lists the reasons.
/// </summary>
internal sealed class ConfigHealthCheck(ConfigReloader reloader) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = reloader.Status;
        var applied = $"Configuration applied at {Text(status.AppliedAt)}";
        var restart = status.PendingRestart.Count > 0 ? $"; restart to apply {string.Join(", ", status.PendingRestart)}" : "";
        if (status.LastRefusal is { } refusal && status.State == ConfigStatus.Refused)
        {
            return Task.FromResult(HealthCheckResult.Degraded(
                $"The edit read at {Text(refusal.At)} was refused ({refusal.Reasons.Count} problem(s), listed at /config/status); {applied} stays in force{restart}."));
        }

        return Task.FromResult(HealthCheckResult.Healthy(
            status.Watching ? $"{applied}; edits apply without a restart{restart}." : $"{applied}; edits apply at the next start."));
    }

    private static string Text(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);
}
