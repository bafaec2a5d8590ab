using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bridge.Worker.Watch;

/// <summary>Readiness: Degraded while any self-watch alarm is raised, naming each cause, since when and why.</summary>
internal sealed class WatchHealthCheck(AlarmStore alarms, Heartbeat heartbeat) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var raised = alarms.All();
        var data = new Dictionary<string, object>(StringComparer.Ordinal) { ["alarms"] = raised.Count };
        if (heartbeat.LastSentAt is { } beat)
        {
            data["heartbeat"] = beat;
        }

        var withheld = heartbeat.LastWithheld is { } why ? $" Heartbeat withheld: {why}." : "";
        return Task.FromResult(raised.Count == 0
            ? HealthCheckResult.Healthy($"No alarm raised.{withheld}", data)
            : HealthCheckResult.Degraded(
                string.Join("; ", raised.Select(a => $"{a.Id} since {a.RaisedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC: {a.Detail}")) + "." + withheld,
                data: data));
    }
}
