using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bridge.Worker.Engine;

/// <summary>
/// Readiness: degraded while a stage is stuck on an item or has parked items, with what and why, so an admin sees a
/// page that was not sent or a change that was not routed without reading the log.
/// </summary>
internal sealed class EngineHealthCheck(StageRegistry stages, ParkedItemStore parked) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var stage in stages.All)
        {
            if (stage.Cursor is { IsFailing: true } cursor)
            {
                problems.Add($"{stage.Name} is retrying an item (attempt {cursor.Attempts}): {cursor.LastError}");
            }
        }

        var count = parked.Count();
        if (count > 0)
        {
            var latest = parked.Recent(1)[0];
            problems.Add($"{count.ToString(CultureInfo.InvariantCulture)} item(s) parked; latest: {latest.Stage} {latest.Item}: {latest.Reason} (see `bridge parked`)");
        }

        foreach (var backlog in stages.Backlogs)
        {
            data[backlog.Name] = backlog.CountBehind();
        }

        data["parked"] = count;
        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy("Every stage is keeping up.", data)
            : HealthCheckResult.Degraded(string.Join("; ", problems), data: data));
    }
}
