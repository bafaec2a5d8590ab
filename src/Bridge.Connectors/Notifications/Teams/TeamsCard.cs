using System.Text.Json.Nodes;

namespace Bridge.Connectors.Notifications.Teams;

/// <summary>
/// The Teams message: an Adaptive Card (1.4) in the <c>message</c> envelope that Teams Workflows webhooks
/// expect, with the ticket facts and Acknowledge / Escalate (/ Resolve) buttons as <c>Action.OpenUrl</c>
/// (each opens the signed confirmation page; nothing acts on a click alone). Built with a JSON DOM, so
/// ticket text can never break out of its string.
/// </summary>
internal static class TeamsCard
{
    public static JsonObject Build(Notification n)
    {
        var facts = new JsonArray();
        foreach (var (title, value) in NotificationFacts.For(n))
        {
            facts.Add(new JsonObject { ["title"] = title, ["value"] = value });
        }

        var actions = new JsonArray
        {
            OpenUrl("Acknowledge", n.Links.Acknowledge),
            OpenUrl("Escalate", n.Links.Escalate),
        };
        if (n.Links.Resolve is { } resolve)
        {
            actions.Add(OpenUrl("Resolve", resolve));
        }

        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.4",
            ["body"] = new JsonArray
            {
                new JsonObject { ["type"] = "TextBlock", ["text"] = n.Subject, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
                new JsonObject { ["type"] = "TextBlock", ["text"] = n.Body, ["wrap"] = true },
            },
        };
        if (!n.IsNotice)
        {
            card["body"]!.AsArray().Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
            card["actions"] = actions;
        }

        return new JsonObject
        {
            ["type"] = "message",
            ["summary"] = n.Subject,
            ["attachments"] = new JsonArray
            {
                new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card },
            },
        };
    }

    private static JsonObject OpenUrl(string title, Uri url) =>
        new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url.AbsoluteUri };
}
