using System.Globalization;
using Bridge.Worker.Engine;
using Bridge.Worker.Ingest;
using Bridge.Worker.Storage;
using Bridge.Worker.Telemetry;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Routing;

/// <summary>
/// Ingest's next stage: every change that can alter "does somebody need to act now" (a new ticket,
/// a status, priority or assignment change, a reopen) is routed, and the decision is recorded with
/// the ticket; every change is then stored with its decision for the next stage (<see cref="RoutedChangeStore"/>).
/// Only storage writes: the engine runs a batch of changes in one transaction. A change handed over again after a
/// crash is routed again, which adds an identical decision record and no second routed change.
/// Project tickets are routed only from the project boards an admin opted in (<c>Ingest:ProjectBoards</c>).
/// </summary>
internal sealed class RoutingTicketChangeHandler(TicketRouter router, RoutedChangeStore routed, BridgeDatabase database, IOptionsMonitor<IngestOptions> ingest, BridgeMetrics metrics)
    : ITicketChangeHandler, IBatchedStageHandler<TicketChange>, IStageProducer
{
    public string Output => RoutedChangeInput.InputName;

    public Task HandleAsync(TicketChange change, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        database.Write(() => Handle(change));
        return Task.CompletedTask;
    }

    public void Handle(TicketChange change)
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
            decision = router.Route(ticket);
            metrics.Routed(BridgeMetrics.Value(decision.Disposition));
        }

        routed.Add(new RoutedChange(change, decision));
    }

    public static bool IsRoutingRelevant(TicketChangeKind kind) => kind switch
    {
        TicketChangeKind.Created or TicketChangeKind.StatusChanged or TicketChangeKind.PriorityChanged
            or TicketChangeKind.Assigned or TicketChangeKind.Unassigned or TicketChangeKind.Reopened or TicketChangeKind.Redecided => true,
        _ => false,
    };

    /// <summary>Whether the project ticket's board is listed by name or id.</summary>
    public static bool IsOptedIn(TicketSnapshot ticket, IEnumerable<string> projectBoards) =>
        projectBoards.Any(board =>
            string.Equals(board.Trim(), ticket.BoardName?.Trim(), StringComparison.OrdinalIgnoreCase)
            || (ticket.BoardId is { } id && string.Equals(board.Trim(), id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)));
}
