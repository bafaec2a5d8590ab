using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bridge.Worker.Storage;

internal sealed class StorageHealthCheck(
    BridgeDatabase database,
    [FromKeyedServices(BridgeDatabase.InboxKey)] BridgeDatabase inbox,
    ServiceRunRepository runs,
    TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            runs.Probe(time.GetUtcNow());
            // Opening is enough for the inbox file: its every commit is a callback's, and a failed one answers 429.
            inbox.EnsureOpen();
            return Task.FromResult(HealthCheckResult.Healthy(database.IsFile
                ? $"State file {database.FilePath} takes writes; inbox file {inbox.FilePath} is open."
                : $"{database.Describe} takes writes."));
        }
        catch (Exception ex) when (StorageFailure.Is(ex))
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(database.IsFile
                ? $"State file {database.FilePath} or inbox file {inbox.FilePath}: {ex.Message}"
                : $"{database.Describe}: {PostgreSql.PostgresConnection.Reason(ex)}"));
        }
    }
}
