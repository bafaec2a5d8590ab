namespace Bridge.Worker.Escalation.Delivery;

/// <summary>
/// Message templates (key path <c>Channels:Templates</c>). Placeholders: <c>{ticketId} {summary} {client}
/// {contact} {contactPhone} {priority} {dueAt} {ackUrl} {escalateUrl} {resolveUrl} {incidentId} {step}</c>;
/// <c>{{</c> and <c>}}</c> write a literal brace. An unknown placeholder stops the service at start.
/// </summary>
public sealed class NotificationTemplates
{
    /// <summary>Email subject.</summary>
    public string EmailSubject { get; set; } = "[{priority}] Ticket #{ticketId} {client}: {summary}";

    /// <summary>Email text body (an HTML twin with the same text and link buttons is generated).</summary>
    public string EmailBody { get; set; } =
        "{priority} ticket #{ticketId} for {client} needs you now (escalation step {step}).\n\n" +
        "{summary}\n\nContact: {contact} {contactPhone}\nResponse due: {dueAt}\n\n" +
        "Acknowledge: {ackUrl}\nEscalate to the next person: {escalateUrl}\nResolve: {resolveUrl}\n";

    /// <summary>SMS text; kept within two GSM-7 segments (306 characters) by shortening the summary, never the link.</summary>
    public string Sms { get; set; } = "{priority} #{ticketId} {client}: {summary} Ack: {ackUrl} or reply ACK";

    /// <summary>Title of Teams/Slack cards and of the webhook message.</summary>
    public string ChatTitle { get; set; } = "{priority} ticket #{ticketId}: {client}";

    /// <summary>Text of Teams/Slack cards and of the webhook message (facts and buttons are added by the channel).</summary>
    public string ChatBody { get; set; } = "{summary}\nContact: {contact} {contactPhone}\nEscalation step {step}, response due {dueAt}.";

    /// <summary>Every template with its configuration key, for validation.</summary>
    internal IEnumerable<(string Key, string Template)> All()
    {
        yield return ("Channels:Templates:EmailSubject", EmailSubject);
        yield return ("Channels:Templates:EmailBody", EmailBody);
        yield return ("Channels:Templates:Sms", Sms);
        yield return ("Channels:Templates:ChatTitle", ChatTitle);
        yield return ("Channels:Templates:ChatBody", ChatBody);
    }
}
