using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// Adds a time entry on the ticket with the record's marker in its internal notes; after an unclear attempt, first
/// looks among the ticket's time entries for the marker.
/// </summary>
internal sealed class TimeEntryWriter(IConnectWiseApi api, ConnectWisePager pager) : IOutboxWriter
{
    public OutboxKind Kind => OutboxKind.TimeEntry;

    public async Task<WriteResult> WriteAsync(WriteAttempt attempt, CancellationToken cancellationToken)
    {
        var record = attempt.Record;
        var write = WriteBackJson.Read<TimeEntryWrite>(record);
        if (record.MayExist && await FindAsync(record, cancellationToken) is { } found)
        {
            return WriteResult.Applied($"time entry {found.Id} was already on ticket #{record.TicketId} (an earlier answer was lost)", found.Id);
        }

        var minutes = (int)Math.Round((write.End - write.Start).TotalMinutes);
        if (attempt.Shadow)
        {
            return WriteResult.Shadowed($"would add a {minutes}-minute time entry to ticket #{record.TicketId}: {write.Notes}");
        }

        attempt.MarkCreateSent();
        var created = await api.CreateTimeEntryAsync(new TimeEntry
        {
            ChargeToId = record.TicketId,
            ChargeToType = Ingest.TicketRecordTypes.ChargeToType(record.RecordType),
            Member = write.Member is { Length: > 0 } member ? Reference.ByIdentifier(member) : null,
            TimeStart = write.Start,
            TimeEnd = write.End,
            BillableOption = write.BillableOption,
            WorkType = write.WorkType is { Length: > 0 } name ? WorkType(attempt.Targets, name) : null,
            Notes = write.Notes,
            InternalNotes = record.Marker,
            EmailResourceFlag = false,
            EmailContactFlag = false,
            EmailCcFlag = false,
        }, cancellationToken);
        return WriteResult.Applied(
            $"added time entry {created.Id} to ticket #{record.TicketId}: {minutes} min{(write.WorkType is null ? "" : ", " + write.WorkType)}, {write.BillableOption}",
            created.Id);
    }

    internal static Reference WorkType(WriteBackTargets targets, string name) =>
        targets.WorkTypeId(name) is { } id ? Reference.ById(id) : Reference.ByName(name);

    private async Task<TimeEntry?> FindAsync(OutboxRecord record, CancellationToken cancellationToken)
    {
        var conditions = Conditions.And(
            Conditions.Field("chargeToId").Equal(record.TicketId),
            Conditions.Field("chargeToType").Equal(Ingest.TicketRecordTypes.ChargeToType(record.RecordType)));
        await foreach (var entry in pager.EnumerateAsync<TimeEntry>(
            (size, ct) => api.GetTimeEntriesAsync(conditions: conditions, orderBy: "id desc", pageSize: size, cancellationToken: ct), cancellationToken))
        {
            if (OutboxMarker.IsIn(entry.InternalNotes, record.Key) || OutboxMarker.IsIn(entry.Notes, record.Key))
            {
                return entry;
            }
        }

        return null;
    }
}
