using Bridge.Worker.Kernel;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// Part of <c>/health/ready</c>. Unhealthy while a configured name is unknown to ConnectWise (nothing is written
/// until it is fixed); Degraded with one line per parked record; otherwise Healthy with what is waiting.
/// </summary>
internal sealed class WriteBackHealthCheck(
    WriteBackTargetResolver targets,
    OutboxStore store,
    IOptionsMonitor<BridgeModeOptions> mode) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (targets.Problems.Count > 0)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(
                "Write-back holds every write until the configuration matches ConnectWise:\n" + string.Join("\n", targets.Problems)));
        }

        var parked = store.InState(OutboxState.Parked);
        if (parked.Count > 0)
        {
            return Task.FromResult(HealthCheckResult.Degraded(string.Join("\n", parked.Select(r =>
                $"outbox #{r.Id} ({r.Key}) {r.Kind} for ticket #{r.TicketId} parked: {r.LastError ?? r.Outcome}"))));
        }

        if (targets.Targets is null)
        {
            return Task.FromResult(HealthCheckResult.Degraded(targets.LastError is { } error
                ? $"Write-back names not yet checked against ConnectWise ({error}); writes wait."
                : "Write-back names not yet checked against ConnectWise; writes wait."));
        }

        var counts = store.Counts();
        var waiting = counts[OutboxState.Pending] + counts[OutboxState.Failed] + counts[OutboxState.Unknown] + counts[OutboxState.Sending];
        var shadow = mode.CurrentValue.Mode == BridgeMode.Shadow ? $" Shadow mode: {counts[OutboxState.Shadowed]} write(s) recorded, none made." : "";
        return Task.FromResult(HealthCheckResult.Healthy($"{waiting} write(s) waiting ({counts[OutboxState.Failed] + counts[OutboxState.Unknown]} retrying), {counts[OutboxState.Sent]} made.{shadow}"));
    }
}
