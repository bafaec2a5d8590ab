using Bridge.Worker.Engine;
using Bridge.Worker.Routing;

namespace Bridge.Worker.Escalation.Engine;

/// <summary>The escalation stage: every routed change, with its decision, goes to the engine, in the order routed.</summary>
internal sealed class EscalationChangeHandler(EscalationEngine engine) : IStageHandler<RoutedChange>
{
    public const string StageName = "escalation";

    public Task HandleAsync(RoutedChange item, CancellationToken cancellationToken) =>
        engine.HandleAsync(item.Change, item.Decision, cancellationToken);
}
