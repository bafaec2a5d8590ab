using Bridge.Worker.Ingest;

namespace Bridge.Worker.Routing;

/// <summary>
/// Routing's output, the next stage's input: a ticket change with the decision routing made for it, or null for a
/// change routing does not decide on (closing, a summary edit, a deleted ticket).
/// </summary>
internal sealed record RoutedChange(TicketChange Change, RoutingDecision? Decision);
