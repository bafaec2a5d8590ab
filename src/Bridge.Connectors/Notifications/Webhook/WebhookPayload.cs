using System.Text.Json.Nodes;

namespace Bridge.Connectors.Notifications.Webhook;

/// <summary>
/// The JSON body of a generic webhook page (a notice: <c>"type": "notice"</c> with <c>dedupKey</c>, <c>person</c>
/// and <c>message</c> only):
/// <c>{ "type": "page", "sentAt", "dedupKey", "incident": { "id", "step" }, "step",
/// "ticket": { "id", "summary", "client", "priority", "dueAt", "contact": { "name", "phone" } },
/// "person": { "id", "name", "address" }, "message": { "subject", "text" },
/// "actions": { "acknowledge", "escalate", "resolve" } }</c>.
/// </summary>
internal static class WebhookPayload
{
    public static JsonObject Build(Notification n, ContactAddress to, DateTimeOffset sentAt) => n.IsNotice
        ? new JsonObject
        {
            ["type"] = "notice",
            ["sentAt"] = Instant(sentAt),
            ["dedupKey"] = n.DedupKey,
            ["person"] = Person(to),
            ["message"] = new JsonObject { ["subject"] = n.Subject, ["text"] = n.Body },
        }
        : Page(n, to, sentAt);

    private static JsonObject Page(Notification n, ContactAddress to, DateTimeOffset sentAt) => new()
    {
        ["type"] = "page",
        ["sentAt"] = Instant(sentAt),
        ["dedupKey"] = n.DedupKey,
        ["incident"] = new JsonObject { ["id"] = n.IncidentId, ["step"] = n.Step },
        ["step"] = n.Step,
        ["ticket"] = new JsonObject
        {
            ["id"] = n.TicketId,
            ["summary"] = n.Summary,
            ["client"] = n.Client,
            ["priority"] = n.Priority,
            ["dueAt"] = n.DueAt is { } due ? Instant(due) : null,
            ["contact"] = new JsonObject { ["name"] = n.ContactName, ["phone"] = n.ContactPhone },
        },
        ["person"] = Person(to),
        ["message"] = new JsonObject { ["subject"] = n.Subject, ["text"] = n.Body },
        ["actions"] = new JsonObject
        {
            ["acknowledge"] = n.Links.Acknowledge.AbsoluteUri,
            ["escalate"] = n.Links.Escalate.AbsoluteUri,
            ["resolve"] = n.Links.Resolve?.AbsoluteUri,
        },
    };

    private static JsonObject Person(ContactAddress to) => new() { ["id"] = to.PersonId, ["name"] = to.DisplayName, ["address"] = to.Address };

    private static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
