using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;

namespace Bridge.Worker.Routing;

/// <summary>
/// After start, reads ConnectWise's priorities and logs an error for every configured level that no
/// ConnectWise priority matches. It does not stop the service: an unreachable ConnectWise at start
/// must not keep the bridge from paging on the priorities that do match.
/// </summary>
internal sealed class RoutingPriorityStartupCheck(
    RoutingPolicyProvider policy,
    IConnectWiseApi api,
    ConnectWisePager pager,
    ILogger<RoutingPriorityStartupCheck> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var priorities = await FetchAsync(api, pager, stoppingToken);
            var problems = RoutingPriorityCheck.Problems(policy.Policy.Priorities, priorities);
            foreach (var problem in problems)
            {
                RoutingLog.PriorityNotInConnectWise(logger, problem);
            }

            if (problems.Count == 0)
            {
                RoutingLog.PrioritiesMatch(logger, policy.Policy.Priorities.Levels.Count, priorities.Count);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping before ConnectWise answered.
        }
        catch (Exception ex) when (ex is ConnectWiseApiException or HttpRequestException or TimeoutException or OperationCanceledException)
        {
            RoutingLog.PriorityCheckFailed(logger, ex);
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
