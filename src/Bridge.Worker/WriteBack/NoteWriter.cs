using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;

namespace Bridge.Worker.WriteBack;

/// <summary>Adds an internal note with the record's marker; after an unclear attempt, first looks for the marker on the ticket.</summary>
internal sealed class NoteWriter(IConnectWiseApi api, ConnectWisePager pager) : IOutboxWriter
{
    public OutboxKind Kind => OutboxKind.Note;

    public async Task<WriteResult> WriteAsync(WriteAttempt attempt, CancellationToken cancellationToken)
    {
        var record = attempt.Record;
        var note = WriteBackJson.Read<NoteWrite>(record);
        if (record.MayExist && await FindAsync(record, cancellationToken) is { } found)
        {
            return WriteResult.Applied($"internal note {found.Id} was already on ticket #{record.TicketId} (an earlier answer was lost)", found.Id);
        }

        if (attempt.Shadow)
        {
            return WriteResult.Shadowed($"would add an internal note to ticket #{record.TicketId}: {note.Text}");
        }

        attempt.MarkCreateSent();
        var created = await AddAsync(record, note.Text, cancellationToken);
        return WriteResult.Applied($"added internal note {created.Id} to ticket #{record.TicketId}", created.Id);
    }

    /// <summary>Adds an internal note with <paramref name="text"/> and the record's marker (no ConnectWise notifications).</summary>
    public Task<TicketNote> AddAsync(OutboxRecord record, string text, CancellationToken cancellationToken)
    {
        var note = new TicketNote
        {
            Text = $"{text}\n\n{record.Marker}",
            InternalAnalysisFlag = true,
            DetailDescriptionFlag = false,
            ResolutionFlag = false,
            ProcessNotifications = false,
        };
        return record.IsProjectTicket
            ? api.CreateProjectTicketNoteAsync(record.TicketId, note, cancellationToken)
            : api.CreateTicketNoteAsync(record.TicketId, note, cancellationToken);
    }

    /// <summary>The ticket's note carrying the record's marker, if any.</summary>
    public async Task<TicketNote?> FindAsync(OutboxRecord record, CancellationToken cancellationToken)
    {
        await foreach (var note in pager.EnumerateAsync<TicketNote>(
            (size, ct) => record.IsProjectTicket
                ? api.GetProjectTicketNotesAsync(record.TicketId, orderBy: "id desc", pageSize: size, cancellationToken: ct)
                : api.GetTicketNotesAsync(record.TicketId, orderBy: "id desc", pageSize: size, cancellationToken: ct), cancellationToken))
        {
            if (OutboxMarker.IsIn(note.Text, record.Key))
            {
                return note;
            }
        }

        return null;
    }
}
