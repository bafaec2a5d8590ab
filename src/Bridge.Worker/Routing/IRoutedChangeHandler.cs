using Bridge.Worker.Ingest;

namespace Bridge.Worker.Routing;

/// <summary>
/// The stage after routing (escalation): gets every ticket change in order, with the decision routing made for it,
/// or null for a change routing does not decide on (closing, a summary edit).
/// </summary>
internal interface IRoutedChangeHandler
{
    Task HandleAsync(TicketChange change, RoutingDecision? decision, CancellationToken cancellationToken);
}
