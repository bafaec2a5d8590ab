using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;
using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Ingest;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// Whether a person worked a ticket since an instant, read from ConnectWise: the newest notes and the newest time
/// entries charged to it (one page of each, newest first), skipping what the bridge wrote itself (its outbox marker, its
/// own member). Time from the record's own stamps: a note's <c>dateCreated</c>, a time entry's <c>_info/dateEntered</c>.
/// </summary>
internal sealed class ConnectWiseWorkEvidence(IConnectWiseApi api, ConnectWisePager pager, BridgeMember member) : IWorkEvidence
{
    /// <summary>The newest records read of each kind: work since an acknowledgement half an hour ago is among them.</summary>
    private const int Newest = 10;

    public async Task<WorkSign?> LatestSinceAsync(int ticketId, bool projectTicket, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var signs = new List<WorkSign>();
        await foreach (var note in pager.EnumerateAsync<TicketNote>(
            (size, ct) => projectTicket
                ? api.GetProjectTicketNotesAsync(ticketId, orderBy: "id desc", pageSize: Math.Min(size, Newest), cancellationToken: ct)
                : api.GetTicketNotesAsync(ticketId, orderBy: "id desc", pageSize: Math.Min(size, Newest), cancellationToken: ct), cancellationToken).Take(Newest).WithCancellation(cancellationToken))
        {
            var by = note.Member?.Identifier ?? note.CreatedBy;
            if ((note.DateCreated ?? note.Info?.LastUpdated) is { } at && at > since && ByPerson(note.Text, by))
            {
                signs.Add(new WorkSign(at, "note", by));
            }
        }

        var charge = projectTicket ? "ProjectTicket" : "ServiceTicket";
        await foreach (var entry in pager.EnumerateAsync<TimeEntry>(
            (size, ct) => api.GetTimeEntriesAsync($"chargeToId = {ticketId} and chargeToType = \"{charge}\"", orderBy: "id desc", pageSize: Math.Min(size, Newest), cancellationToken: ct),
            cancellationToken).Take(Newest).WithCancellation(cancellationToken))
        {
            var by = entry.Member?.Identifier ?? entry.Info?.EnteredBy;
            if ((entry.Info?.DateEntered ?? entry.TimeStart) is { } at && at > since && ByPerson(entry.Notes, by))
            {
                signs.Add(new WorkSign(at, "time entry", by));
            }
        }

        return signs.OrderByDescending(s => s.At).FirstOrDefault();
    }

    private bool ByPerson(string? text, string? by) => !OutboxMarker.Any(text) && !member.IsBridge(by);
}
