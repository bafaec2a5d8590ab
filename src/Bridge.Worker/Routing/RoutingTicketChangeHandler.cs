using Bridge.Worker.Ingest;

namespace Bridge.Worker.Routing;

/// <summary>
/// Ingest's next stage: every change that can alter "does somebody need to act now" (a new ticket,
/// a status, priority or assignment change, a reopen) is routed, and the decision is recorded with
/// the ticket. A change ingest hands over again after a restart is routed again, which only adds an
/// identical record.
/// </summary>
internal sealed class RoutingTicketChangeHandler(ITicketRouter router) : ITicketChangeHandler
{
    public async Task HandleAsync(TicketChange change, CancellationToken ct)
    {
        if (!IsRoutingRelevant(change.Kind))
        {
            return;
        }

        await router.RouteAsync(ToRoutingTicket(change.Ticket), ct);
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
