using System.Text.Json.Nodes;

namespace Bridge.Connectors.Notifications.Webhook;

/// <summary>
/// The JSON body of a generic webhook page:
/// <c>{ "type": "page", "sentAt", "dedupKey", "incident": { "id", "step" }, "step",
/// "ticket": { "id", "summary", "client", "priority", "dueAt", "contact": { "name", "phone" } },
/// "person": { "id", "name", "address" }, "message": { "subject", "text" },
/// "actions": { "acknowledge", "escalate", "resolve" } }</c>.
/// </summary>
internal static class WebhookPayload
{
    public static JsonObject Build(Notification n, ContactAddress to, DateTimeOffset sentAt) => new()
    {
        ["type"] = "page",
        ["sentAt"] = sentAt.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["dedupKey"] = n.DedupKey,
        ["incident"] = new JsonObject { ["id"] = n.IncidentId, ["step"] = n.Step },
        ["step"] = n.Step,
        ["ticket"] = new JsonObject
        {
            ["id"] = n.TicketId,
            ["summary"] = n.Summary,
            ["client"] = n.Client,
            ["priority"] = n.Priority,
            ["dueAt"] = n.DueAt?.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["contact"] = new JsonObject { ["name"] = n.ContactName, ["phone"] = n.ContactPhone },
        },
        ["person"] = new JsonObject { ["id"] = to.PersonId, ["name"] = to.DisplayName, ["address"] = to.Address },
        ["message"] = new JsonObject { ["subject"] = n.Subject, ["text"] = n.Body },
        ["actions"] = new JsonObject
        {
            ["acknowledge"] = n.Links.Acknowledge.AbsoluteUri,
            ["escalate"] = n.Links.Escalate.AbsoluteUri,
            ["resolve"] = n.Links.Resolve?.AbsoluteUri,
        },
    };
}
