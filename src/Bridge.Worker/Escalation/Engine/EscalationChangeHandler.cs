using Bridge.Worker.Ingest;
using Bridge.Worker.Routing;

namespace Bridge.Worker.Escalation.Engine;

/// <summary>Routing's next stage: every change, with its decision, goes to the engine.</summary>
internal sealed class EscalationChangeHandler(EscalationEngine engine) : IRoutedChangeHandler
{
    public Task HandleAsync(TicketChange change, RoutingDecision? decision, CancellationToken cancellationToken) =>
        engine.HandleAsync(change, decision, cancellationToken);
}
