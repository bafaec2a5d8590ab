namespace Bridge.Worker.WriteBack;

/// <summary>Mails to the ticket's contact. Section <c>WriteBack:ClientNotices</c>.</summary>
public sealed class ClientNoticeOptions
{
    /// <summary>Off: no client ever gets a mail from the bridge.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The notices every client gets unless <see cref="Clients"/> says otherwise.</summary>
    public List<ClientNoticeKind> Send { get; set; } = [.. Enum.GetValues<ClientNoticeKind>()];

    /// <summary>Per client (company identifier): the notices that client gets instead of <see cref="Send"/> (an empty list: none).</summary>
    public Dictionary<string, List<ClientNoticeKind>> Clients { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The "received" notice goes only for a ticket entered at most this long before its incident opened. A ticket
    /// the bridge first sees later (its first start reads every open ticket; it was down) was answered, or not,
    /// long ago, and "we received your ticket" would read as news. Default 2 hours, as <c>Escalation:ColdStartWindow</c>.
    /// </summary>
    public TimeSpan ReceivedWithin { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How the mails are signed.</summary>
    public string Signature { get; set; } = "Your service desk";

    /// <summary>Templates by notice; a notice not listed uses the built-in text.</summary>
    public Dictionary<ClientNoticeKind, ClientNoticeTemplate> Templates { get; set; } = [];

    /// <summary>Whether <paramref name="company"/> gets <paramref name="kind"/>.</summary>
    public bool Sends(ClientNoticeKind kind, string? company) =>
        Enabled && (company is not null && Clients.TryGetValue(company, out var own) ? own : Send).Contains(kind);

    public ClientNoticeTemplate TemplateFor(ClientNoticeKind kind) =>
        Templates.TryGetValue(kind, out var configured) && configured.Subject.Length > 0 && configured.Body.Length > 0 ? configured : BuiltIn(kind);

    internal static ClientNoticeTemplate BuiltIn(ClientNoticeKind kind) => kind switch
    {
        ClientNoticeKind.Received => new()
        {
            Subject = "We received ticket #{ticketId}: {summary}",
            Body = "Hello {contact},\n\nWe received your ticket #{ticketId} ({summary}) and our on-call technician is being alerted now. You will hear from us as soon as someone is working on it.\n\nThanks for your patience.\n\n{signature}",
        },
        ClientNoticeKind.Assigned => new()
        {
            Subject = "A technician is working on ticket #{ticketId}",
            Body = "Hello {contact},\n\n{technician} is now working on your ticket #{ticketId} ({summary}). You will be updated as the ticket changes.\n\nThanks for your patience.\n\n{signature}",
        },
        ClientNoticeKind.Tier3 => new()
        {
            Subject = "Ticket #{ticketId} escalated to a senior engineer",
            Body = "Hello {contact},\n\nYour ticket #{ticketId} ({summary}) is still open, so we have escalated it to a senior engineer, who is being alerted now.\n\n{signature}",
        },
        ClientNoticeKind.Deferred => new()
        {
            Subject = "Ticket #{ticketId} received: we will start on it {opensAt}",
            Body = "Hello {contact},\n\nWe received your ticket #{ticketId} ({summary}) outside your support hours. Our team will start on it when we open, {opensAt}. If this is an emergency that cannot wait, please call us.\n\n{signature}",
        },
        _ => new()
        {
            Subject = "Ticket #{ticketId} will close in 24 hours without your reply",
            Body = "Dear {contact},\n\nWe have made several attempts to reach you regarding ticket #{ticketId} ({summary}). If we do not hear back from you within 24 hours, we will assume the issue is no longer pressing and close the ticket. If you still need help later, please open a new ticket.\n\nThank you,\n{signature}",
        },
    };
}
