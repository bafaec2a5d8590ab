using Bridge.Worker.Ingest;
using Bridge.Worker.Kernel;

namespace Bridge.Worker.Routing;

/// <summary>
/// Load nothing, decide, save: the decision is pure, this class adds the clock, the configuration version in force
/// and the record (with that configuration kept, once per version).
/// </summary>
internal sealed class TicketRouter(
    RoutingPolicyProvider policy,
    RoutingDecisionRepository decisions,
    TimeProvider time,
    ILogger<TicketRouter> logger,
    IConfigurationInForce? configuration = null,
    ConfigurationVersionStore? versions = null) : ITicketRouter
{
    public Task<RoutingDecision> RouteAsync(TicketSnapshot ticket, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Route(ticket));
    }

    /// <summary>Decides now and records the decision (joins the caller's transaction when there is one).</summary>
    public RoutingDecision Route(TicketSnapshot ticket)
    {
        var now = time.GetUtcNow();
        // Not atomic with the policy read: a decision made during the reloader's swap may name the version a moment off.
        var applied = configuration?.Current;
        var decision = RoutingDecider.Decide(ticket, policy.Policy, now) with { Configuration = applied?.Version };
        if (applied is not null)
        {
            versions?.Keep(applied);
        }

        decisions.Record(decision, now);
        RoutingLog.Decided(logger, decision.TicketId, decision.Disposition, decision.EscalationPolicy, decision.Billing.ToString(), decision.Client ?? "(default)");
        return decision;
    }
}
