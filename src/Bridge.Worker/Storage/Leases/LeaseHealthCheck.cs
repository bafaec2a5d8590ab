using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bridge.Worker.Storage.Leases;

/// <summary>
/// Which instance runs the background modules (shown on <c>/health/ready</c> and the status page). A standby is
/// healthy (it answers HTTP); an instance that lost the lease, or where nobody holds a live one, is not.
/// </summary>
internal sealed class LeaseHealthCheck(EngineLease lease) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // The lease runs on the database's real clock, not the bridge's (a demo or test clock may run ahead).
        var now = TimeProvider.System.GetUtcNow();
        var text = LeaseKeeper.Describe(lease, now);
        var data = new Dictionary<string, object>
        {
            ["instance"] = lease.Instance,
            ["holder"] = lease.Holder?.Instance ?? "",
            ["token"] = lease.Holder?.Token ?? 0,
            ["held"] = lease.IsHeld,
        };
        if (lease.Lost)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(text, data: data));
        }

        return Task.FromResult(lease.Holder is { } holder && holder.ExpiresAt > now.AddSeconds(-lease.LeaseTime.TotalSeconds)
            ? HealthCheckResult.Healthy(text, data)
            : HealthCheckResult.Degraded(text, data: data));
    }
}
