using System.Globalization;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Escalation.Timeline;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// Plans a client notice for a timeline line: only when the client gets that notice (<c>WriteBack:ClientNotices</c>)
/// and the ticket has a contact; the text is rendered now, from what the line carries of the ticket.
/// </summary>
internal static class ClientNotices
{
    public static void Add(List<OutboxRecord> records, TimelineEntry entry, WriteBackPlanContext context, ClientNoticeKind kind)
    {
        var options = context.Options.ClientNotices;
        if (entry.Ticket is not { ContactId: { } contactId } ticket || !options.Sends(kind, ticket.CompanyIdentifier))
        {
            return;
        }

        if (kind == ClientNoticeKind.Received && ticket.EnteredAt is { } entered && entry.At - entered > options.ReceivedWithin)
        {
            return;
        }

        var template = options.TemplateFor(kind);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["contact"] = FirstName(ticket.ContactName) ?? "there",
            ["ticketId"] = entry.TicketId.ToString(CultureInfo.InvariantCulture),
            ["summary"] = MessageComposer.OneLine(ticket.Summary ?? ""),
            ["company"] = ticket.CompanyName ?? ticket.CompanyIdentifier ?? "",
            ["technician"] = entry.PersonName ?? "A technician",
            ["opensAt"] = entry.Note ?? "the next business morning",
            ["signature"] = options.Signature,
        };
        var write = new ClientNoticeWrite(kind, contactId, ticket.ContactName, MessageComposer.OneLine(TemplateRenderer.Render(template.Subject, values)), TemplateRenderer.Render(template.Body, values));
        records.Add(WriteBackPlanner.New(entry, context, OutboxKind.ClientNotice, "client", WriteBackJson.Write(write),
            $"{kind} notice to {ticket.ContactName ?? "the contact"}: {write.Subject}"));
    }

    private static string? FirstName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
}
