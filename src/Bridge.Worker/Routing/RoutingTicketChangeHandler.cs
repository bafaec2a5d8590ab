using System.Globalization;
using Bridge.Worker.Ingest;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Routing;

/// <summary>
/// Ingest's next stage: every change that can alter "does somebody need to act now" (a new ticket,
/// a status, priority or assignment change, a reopen) is routed, and the decision is recorded with
/// the ticket, then handed with the decision to the next stage (<see cref="IRoutedChangeHandler"/>). A change
/// ingest hands over again after a restart is routed again, which only adds an identical record.
/// Project tickets are routed only from the project boards an admin opted in (<c>Ingest:ProjectBoards</c>).
/// </summary>
internal sealed class RoutingTicketChangeHandler(ITicketRouter router, IEnumerable<IRoutedChangeHandler> next, IOptionsMonitor<IngestOptions> ingest) : ITicketChangeHandler
{
    private readonly IRoutedChangeHandler[] _next = next.ToArray();

    public async Task HandleAsync(TicketChange change, CancellationToken ct)
    {
        var ticket = change.Ticket;
        if (ticket.IsProjectTicket && !IsOptedIn(ticket, ingest.CurrentValue.ProjectBoards))
        {
            return;
        }

        RoutingDecision? decision = null;
        // A closed or deleted ticket needs nobody: no decision to record (the next stage still hears what happened).
        if (IsRoutingRelevant(change.Kind) && !ticket.Closed && !ticket.Deleted)
        {
            decision = await router.RouteAsync(ticket, ct);
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

    /// <summary>Whether the project ticket's board is listed by name or id.</summary>
    public static bool IsOptedIn(TicketSnapshot ticket, IEnumerable<string> projectBoards) =>
        projectBoards.Any(board =>
            string.Equals(board.Trim(), ticket.BoardName?.Trim(), StringComparison.OrdinalIgnoreCase)
            || (ticket.BoardId is { } id && string.Equals(board.Trim(), id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)));
}
