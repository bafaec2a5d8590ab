using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;
using Bridge.Worker.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bridge.Worker.ConnectWise;

/// <summary>
/// Part of <c>/health/ready</c>: reads ConnectWise's priorities and reports, one line each, every
/// configured priority level that no ConnectWise priority matches. It does not stop the service: an
/// unreachable ConnectWise at start must not keep the bridge from paging on the levels that do match.
/// Run on demand (readiness probes, the status page) rather than as a start-up task, so a stopping
/// host never waits on a ConnectWise call.
/// </summary>
internal sealed class RoutingPriorityHealthCheck(
    RoutingPolicyProvider policy,
    IConnectWiseApi api,
    ConnectWisePager pager,
    ILogger<RoutingPriorityHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var priorities = await FetchAsync(api, pager, cancellationToken);
            var levels = policy.Policy.Priorities;
            var problems = RoutingPriorityCheck.Problems(levels, priorities);
            foreach (var problem in problems)
            {
                RoutingLog.PriorityNotInConnectWise(logger, problem);
            }

            return problems.Count == 0
                ? HealthCheckResult.Healthy($"{levels.Levels.Count} priority levels match {priorities.Count} ConnectWise priorities.")
                : HealthCheckResult.Degraded(string.Join(" ", problems));
        }
        catch (Exception ex) when (ex is ConnectWiseApiException or HttpRequestException or TimeoutException or Polly.CircuitBreaker.BrokenCircuitException or Polly.Timeout.TimeoutRejectedException)
        {
            RoutingLog.PriorityCheckFailed(logger, ex);
            return HealthCheckResult.Unhealthy("ConnectWise priorities could not be read: " + ex.Message);
        }
    }

    public static async Task<IReadOnlyList<Priority>> FetchAsync(IConnectWiseApi api, ConnectWisePager pager, CancellationToken cancellationToken)
    {
        var priorities = new List<Priority>();
        await foreach (var priority in pager.EnumerateAsync<Priority>((size, ct) => api.GetPrioritiesAsync(pageSize: size, cancellationToken: ct), cancellationToken))
        {
            priorities.Add(priority);
        }

        return priorities;
    }
}
