using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.OnCall;
using Bridge.Worker.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Escalation;

/// <summary>
/// Readiness: every policy routing names exists here, and every schedule, role and person a ladder names exists in
/// <c>OnCall</c>. A ticket routed to a missing policy would page nobody, so a mismatch is Unhealthy with the key to fix.
/// </summary>
internal sealed class EscalationReferenceCheck(
    IOptionsMonitor<EscalationOptions> escalation,
    IOptionsMonitor<RoutingOptions> routing,
    IOnCallResolver onCall) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (escalation.CurrentValue.Enabled && escalation.CurrentValue.Policies.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Degraded("Escalation:Policies is empty: tickets are routed and recorded, but nobody is paged."));
        }

        var problems = Problems(escalation.CurrentValue, routing.CurrentValue, onCall).ToList();
        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy($"{escalation.CurrentValue.Policies.Count} escalation policies; every name they use is known")
            : HealthCheckResult.Unhealthy(string.Join(" ", problems)));
    }

    internal static IEnumerable<string> Problems(EscalationOptions escalation, RoutingOptions routing, IOnCallResolver onCall)
    {
        if (!escalation.Enabled)
        {
            yield break;
        }

        var named = new List<(string Key, string? Policy)> { ("Routing:DefaultPolicy", routing.DefaultPolicy) };
        foreach (var (level, priority) in routing.Priorities ?? [])
        {
            named.Add(($"Routing:Priorities:{level}:Policy", priority?.Policy));
            named.Add(($"Routing:Priorities:{level}:UnassignedPolicy", priority?.UnassignedPolicy));
            named.Add(($"Routing:Priorities:{level}:BusinessHoursPolicy", priority?.BusinessHoursPolicy));
            named.Add(($"Routing:Priorities:{level}:BusinessHoursUnassignedPolicy", priority?.BusinessHoursUnassignedPolicy));
        }

        foreach (var (key, policy) in named.Where(n => !string.IsNullOrWhiteSpace(n.Policy)))
        {
            if (!escalation.Policies.ContainsKey(policy!.Trim()) && !string.Equals(policy.Trim(), "none", StringComparison.OrdinalIgnoreCase))
            {
                yield return $"{key} names policy '{policy}', which is not among Escalation:Policies.";
            }
        }

        var targets = escalation.Policies
            .SelectMany(p => p.Value.Steps.Select((step, i) => (Key: $"Escalation:Policies:{p.Key}:Steps:{i}:Targets", step.Targets)))
            .Append(("Escalation:Exhausted:Targets", escalation.Exhausted.Targets));
        foreach (var (key, list) in targets)
        {
            foreach (var text in list)
            {
                if (!EscalationTarget.TryParse(text, out var target))
                {
                    continue;
                }

                var missing = target.Kind switch
                {
                    EscalationTargetKind.Schedule when !onCall.HasSchedule(target.Name) => $"schedule '{target.Name}' is not among OnCall:Schedules",
                    EscalationTargetKind.Role when onCall.Role(target.Name).Count == 0 => $"role '{target.Name}' has nobody in OnCall:Roles",
                    EscalationTargetKind.Member when onCall.FindPerson(target.Name) is null => $"'{target.Name}' is not among OnCall:People",
                    _ => null,
                };
                if (missing is not null)
                {
                    yield return $"{key}: {missing}.";
                }
            }
        }
    }
}
