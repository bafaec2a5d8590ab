using Bridge.Worker.Ingest;

namespace Bridge.Worker.Routing;

/// <summary>Load nothing, decide, save: the decision is pure, this class adds the clock and the record.</summary>
internal sealed class TicketRouter(
    RoutingPolicyProvider policy,
    RoutingDecisionRepository decisions,
    TimeProvider time,
    ILogger<TicketRouter> logger) : ITicketRouter
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
        var decision = RoutingDecider.Decide(ticket, policy.Policy, now);
        decisions.Record(decision, now);
        RoutingLog.Decided(logger, decision.TicketId, decision.Disposition, decision.EscalationPolicy, decision.Billing.ToString(), decision.Client ?? "(default)");
        return decision;
    }
}
