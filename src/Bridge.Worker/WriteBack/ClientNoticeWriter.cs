using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;
using Bridge.Connectors.Notifications;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// Mails a notice to the ticket's contact (address from ConnectWise when it is sent, so a corrected address is
/// used) through the email channel, then records it on the ticket as an internal note with the record's marker.
/// After an unclear attempt the note is looked for first: found, the mail went. A mail whose note is missing is
/// sent again: a client told twice beats a client never told.
/// </summary>
internal sealed class ClientNoticeWriter(IConnectWiseApi api, NoteWriter notes, IEnumerable<INotificationChannel> channels) : IOutboxWriter
{
    public OutboxKind Kind => OutboxKind.ClientNotice;

    public async Task<WriteResult> WriteAsync(WriteAttempt attempt, CancellationToken cancellationToken)
    {
        var record = attempt.Record;
        var notice = WriteBackJson.Read<ClientNoticeWrite>(record);
        if (record.MayExist && await notes.FindAsync(record, cancellationToken) is { } found)
        {
            return WriteResult.Applied($"the {notice.Notice} notice was already mailed (note {found.Id} on ticket #{record.TicketId})", found.Id);
        }

        var contact = await api.GetContactAsync(notice.ContactId, cancellationToken);
        var address = EmailOf(contact);
        var name = string.Join(' ', new[] { contact.FirstName, contact.LastName }.Where(n => !string.IsNullOrWhiteSpace(n)));
        if (address is null)
        {
            return WriteResult.Skipped($"the {notice.Notice} notice was not mailed: contact {notice.ContactId} ({name}) has no e-mail address in ConnectWise");
        }

        if (attempt.Shadow)
        {
            return WriteResult.Shadowed($"would mail the {notice.Notice} notice to {name} <{AddressMask.For(address)}>: {notice.Subject}");
        }

        if (channels.FirstOrDefault(c => c.IsConfigured && c.Kind == ChannelKinds.Email) is not { } email)
        {
            return WriteResult.Skipped($"the {notice.Notice} notice was not mailed: no e-mail channel is configured (Channels:Email)");
        }

        var mail = new Notification
        {
            IncidentId = record.IncidentId ?? "",
            TicketId = record.TicketId,
            Subject = notice.Subject,
            Body = notice.Body,
            IsNotice = true,
            Links = ActionLinks.None,
            DedupKey = record.Key,
        };
        attempt.MarkCreateSent();
        var sent = await email.SendAsync(mail, new ContactAddress(address, null, name), cancellationToken);
        if (sent.Status == DeliveryStatus.Failed)
        {
            throw new ClientNoticeNotSentException($"the e-mail channel refused the {notice.Notice} notice: {sent.Reason}", sent.IsTransient);
        }

        var note = await notes.AddAsync(record, $"Client notice ({notice.Notice}) e-mailed to {name} <{address}>: {notice.Subject}", cancellationToken);
        return WriteResult.Applied($"mailed the {notice.Notice} notice to {name} ({sent.Status}); note {note.Id} on ticket #{record.TicketId}", note.Id);
    }

    private static string? EmailOf(Contact contact)
    {
        var emails = (contact.CommunicationItems ?? [])
            .Where(c => string.Equals(c.CommunicationType, "Email", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(c.Value))
            .ToList();
        return (emails.FirstOrDefault(c => c.DefaultFlag == true) ?? emails.FirstOrDefault())?.Value?.Trim();
    }
}
