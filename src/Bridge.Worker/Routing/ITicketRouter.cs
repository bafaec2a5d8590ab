using Bridge.Worker.Ingest;

namespace Bridge.Worker.Routing;

/// <summary>
/// What ingest calls for every ticket change: decides at the current instant, records the decision
/// with its reasons, and returns it for the escalation stage.
/// </summary>
internal interface ITicketRouter
{
    Task<RoutingDecision> RouteAsync(TicketSnapshot ticket, CancellationToken cancellationToken);
}
