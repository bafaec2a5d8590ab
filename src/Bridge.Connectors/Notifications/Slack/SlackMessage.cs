using System.Text.Json.Nodes;

namespace Bridge.Connectors.Notifications.Slack;

/// <summary>
/// The Slack message: a header, the text, the ticket facts and an actions block whose buttons are URL buttons
/// (Acknowledge / Escalate / Resolve open the signed confirmation pages). All text is <c>plain_text</c>, so
/// ticket text cannot inject mentions or links; <c>text</c> is the notification fallback.
/// </summary>
internal static class SlackMessage
{
    private const int HeaderLimit = 150;

    public static JsonObject Build(Notification n)
    {
        var fields = new JsonArray();
        foreach (var (title, value) in NotificationFacts.For(n))
        {
            fields.Add(PlainText($"{title}: {value}"));
        }

        var buttons = new JsonArray
        {
            Button("Acknowledge", "ack", n.Links.Acknowledge, "primary"),
            Button("Escalate", "escalate", n.Links.Escalate, "danger"),
        };
        if (n.Links.Resolve is { } resolve)
        {
            buttons.Add(Button("Resolve", "resolve", resolve, null));
        }

        var header = n.Subject.Length > HeaderLimit ? n.Subject[..(HeaderLimit - 3)] + "..." : n.Subject;
        var blocks = new JsonArray
        {
            new JsonObject { ["type"] = "header", ["text"] = PlainText(header) },
            new JsonObject { ["type"] = "section", ["text"] = PlainText(string.IsNullOrEmpty(n.Body) ? " " : n.Body) },
        };
        if (!n.IsNotice)
        {
            blocks.Add(new JsonObject { ["type"] = "section", ["fields"] = fields });
            blocks.Add(new JsonObject { ["type"] = "actions", ["block_id"] = "bridge_actions", ["elements"] = buttons });
        }

        return new JsonObject { ["text"] = n.Subject, ["blocks"] = blocks };
    }

    private static JsonObject PlainText(string text) => new() { ["type"] = "plain_text", ["text"] = text, ["emoji"] = false };

    private static JsonObject Button(string label, string actionId, Uri url, string? style)
    {
        var button = new JsonObject { ["type"] = "button", ["action_id"] = actionId, ["text"] = PlainText(label), ["url"] = url.AbsoluteUri };
        if (style is not null)
        {
            button["style"] = style;
        }

        return button;
    }
}
