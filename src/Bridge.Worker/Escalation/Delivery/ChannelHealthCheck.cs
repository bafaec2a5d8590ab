using Bridge.Connectors.Notifications;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bridge.Worker.Escalation.Delivery;

/// <summary>
/// Readiness of the notification channels: Degraded when some configured channel keeps failing (pages fail
/// over to the others), Unhealthy when every configured channel does (nobody can be paged).
/// </summary>
internal sealed class ChannelHealthCheck(IEnumerable<INotificationChannel> channels, ChannelHealth health) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (configured, failing) = health.Of(channels);
        if (failing.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Healthy(configured.Count == 0
                ? "No notification channel is configured."
                : $"Channels delivering: {string.Join(", ", configured)}."));
        }

        var detail = string.Join("; ", failing.Select(f => $"{f.Key} failed {f.Value.Count} times in a row (last: {f.Value.LastReason})"));
        return Task.FromResult(failing.Count == configured.Count
            ? HealthCheckResult.Unhealthy($"Every channel is failing: {detail}.")
            : HealthCheckResult.Degraded($"{detail}."));
    }
}
