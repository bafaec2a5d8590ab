using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// Sets the status the board maps for the event, after reading the ticket again: a status someone changed since the
/// bridge last read the ticket is kept (<see cref="StatusDecision"/>). A PATCH is safe to repeat after an unclear
/// answer, because the next attempt reads the ticket first.
/// </summary>
internal sealed class StatusWriter(IConnectWiseApi api, AppliedStatusStore applied) : IOutboxWriter
{
    private const string Fields = "id,board,status,_info";

    public OutboxKind Kind => OutboxKind.Status;

    public async Task<WriteResult> WriteAsync(WriteAttempt attempt, CancellationToken cancellationToken)
    {
        var record = attempt.Record;
        var write = WriteBackJson.Read<StatusWrite>(record);
        // A project ticket's statuses belong to its project board, which WriteBack:Statuses maps like any other.
        var ticket = record.IsProjectTicket
            ? await api.GetProjectTicketAsync(record.TicketId, Fields, cancellationToken)
            : await api.GetTicketAsync(record.TicketId, Fields, cancellationToken);
        if (ticket.Board?.Id is not { } boardId || ticket.Status?.Id is not { } statusId)
        {
            return WriteResult.Skipped($"status not changed: ticket #{record.TicketId} has no board or status to map from");
        }

        var target = attempt.Targets.StatusFor(boardId, write.Event);
        if (target is null)
        {
            return WriteResult.Skipped($"status not changed: no status is mapped for {write.Event} on board '{ticket.Board.Name}' ({WriteBackOptions.SectionName}:Statuses)");
        }

        var current = new KnownStatus(statusId, ticket.Status.Name, ticket.Info?.LastUpdated ?? DateTimeOffset.MinValue);
        var baseline = StatusDecision.Baseline(write.Seen, applied.Get(record.TicketId));
        var (verdict, reason) = StatusDecision.Decide(target, current, baseline);
        switch (verdict)
        {
            case StatusVerdict.KeepOthersChange:
                return WriteResult.Skipped(reason);
            case StatusVerdict.AlreadyThere:
                return attempt.Shadow
                    ? WriteResult.Shadowed($"{reason}; nothing to write")
                    : WriteResult.Applied($"status of ticket #{record.TicketId}: {reason}", statusNow: current);
        }

        if (attempt.Shadow)
        {
            return WriteResult.Shadowed($"would set the status of ticket #{record.TicketId} from '{current.StatusName}' to '{target.Name}' ({write.Event})");
        }

        IReadOnlyList<PatchOperation> operations = [PatchOperation.Replace("status", new { id = target.Id })];
        var updated = record.IsProjectTicket
            ? await api.PatchProjectTicketAsync(record.TicketId, operations, cancellationToken)
            : await api.PatchTicketAsync(record.TicketId, operations, cancellationToken);
        return WriteResult.Applied(
            $"status of ticket #{record.TicketId} set from '{current.StatusName}' to '{target.Name}' ({write.Event})",
            statusNow: new KnownStatus(target.Id, target.Name, updated.Info?.LastUpdated ?? current.LastUpdated));
    }
}
