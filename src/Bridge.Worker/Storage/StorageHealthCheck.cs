using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bridge.Worker.Storage;

internal sealed class StorageHealthCheck(BridgeDatabase database, ServiceRunRepository runs, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            runs.Probe(time.GetUtcNow());
            return Task.FromResult(HealthCheckResult.Healthy($"State file {database.FilePath} takes writes."));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LiteDB.LiteException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"State file {database.FilePath}: {ex.Message}"));
        }
    }
}
