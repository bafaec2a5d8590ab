using Bridge.Worker.Ingest;

namespace Bridge.Worker.Routing;

/// <summary>
/// Ingest's next stage: every change that can alter "does somebody need to act now" (a new ticket,
/// a status, priority or assignment change, a reopen) is routed, and the decision is recorded with
/// the ticket, then handed with the decision to the next stage (<see cref="IRoutedChangeHandler"/>). A change
/// ingest hands over again after a restart is routed again, which only adds an identical record.
/// </summary>
internal sealed class RoutingTicketChangeHandler(ITicketRouter router, IEnumerable<IRoutedChangeHandler> next) : ITicketChangeHandler
{
    private readonly IRoutedChangeHandler[] _next = next.ToArray();

    public async Task HandleAsync(TicketChange change, CancellationToken ct)
    {
        RoutingDecision? decision = null;
        // A closed ticket needs nobody: no decision to record (the next stage still hears that it closed).
        if (IsRoutingRelevant(change.Kind) && !change.Ticket.Closed)
        {
            decision = await router.RouteAsync(ToRoutingTicket(change.Ticket), ct);
        }

        foreach (var handler in _next)
        {
            await handler.HandleAsync(change, decision, ct);
        }
    }

    public static bool IsRoutingRelevant(TicketChangeKind kind) => kind switch
    {
        TicketChangeKind.Created or TicketChangeKind.StatusChanged or TicketChangeKind.PriorityChanged
            or TicketChangeKind.Assigned or TicketChangeKind.Unassigned or TicketChangeKind.Reopened => true,
        _ => false,
    };

    public static RoutingTicket ToRoutingTicket(TicketSnapshot ticket) => new()
    {
        Id = ticket.Id,
        CompanyIdentifier = ticket.CompanyIdentifier,
        Board = ticket.BoardName,
        PriorityId = ticket.PriorityId,
        PriorityName = ticket.PriorityName,
        Type = ticket.TypeName,
        SubType = ticket.SubTypeName,
        Item = ticket.ItemName,
        Summary = ticket.Summary,
        Owner = ticket.OwnerIdentifier,
        Resources = ticket.Resources,
        Status = ticket.StatusName,
        Closed = ticket.Closed,
        EnteredAt = ticket.DateEntered,
    };
}
