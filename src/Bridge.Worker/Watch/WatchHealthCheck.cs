using Bridge.Worker.OnCall;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Watch;

/// <summary>
/// Readiness: Degraded while any self-watch alarm is raised, naming each cause, since when and why; and while an alarm
/// or the canary would reach nobody (a role that holds nobody, a schedule that does not exist).
/// </summary>
internal sealed class WatchHealthCheck(AlarmStore alarms, Heartbeat heartbeat, IOnCallResolver onCall, IOptionsMonitor<WatchOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var raised = alarms.All();
        var data = new Dictionary<string, object>(StringComparer.Ordinal) { ["alarms"] = raised.Count };
        if (heartbeat.LastSentAt is { } beat)
        {
            data["heartbeat"] = beat;
        }

        var problems = raised.Select(a => $"{a.Id} since {a.RaisedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC: {a.Detail}").Concat(Unreachable(options.CurrentValue)).ToList();
        var withheld = heartbeat.LastWithheld is { } why ? $" Heartbeat withheld: {why}." : "";
        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy($"No alarm raised.{withheld}", data)
            : HealthCheckResult.Degraded(string.Join("; ", problems).TrimEnd('.') + "." + withheld, data: data));
    }

    private IEnumerable<string> Unreachable(WatchOptions settings)
    {
        if (settings.Alarms.Enabled && onCall.Role(settings.Alarms.Role).Count == 0)
        {
            yield return $"Watch:Alarms:Role names '{settings.Alarms.Role}', which holds nobody in OnCall:Roles: alarms reach no one";
        }

        if (settings.Canary.Enabled && !onCall.HasSchedule(settings.Canary.Schedule))
        {
            yield return $"Watch:Canary:Schedule names '{settings.Canary.Schedule}', which is not among OnCall:Schedules: no canary is sent";
        }

        if (settings.Canary.Enabled && onCall.Role(settings.Canary.TellRole).Count == 0)
        {
            yield return $"Watch:Canary:TellRole names '{settings.Canary.TellRole}', which holds nobody in OnCall:Roles";
        }
    }
}
