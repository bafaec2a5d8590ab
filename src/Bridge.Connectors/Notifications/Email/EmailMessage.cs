using System.Net;
using System.Text;
using MimeKit;
using MimeKit.Utils;

namespace Bridge.Connectors.Notifications.Email;

/// <summary>
/// The MIME message of an email page: <c>multipart/alternative</c> with the rendered text and an HTML part
/// whose ticket text is HTML-encoded and whose action links are plain anchors to the signed confirmation pages.
/// Marked <c>Auto-Submitted: auto-generated</c> so auto-responders stay quiet.
/// </summary>
internal static class EmailMessage
{
    public static MimeMessage Build(Notification n, MailboxAddress from, MailboxAddress to, DateTimeOffset date)
    {
        // MimeKit would stamp the machine clock; the bridge's clock (a demo clock too) is the one time.
        var message = new MimeMessage { Date = date };
        message.From.Add(from);
        message.To.Add(to);
        message.Subject = n.Subject;
        message.MessageId = MimeUtils.GenerateMessageId(from.Domain);
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-Bridge-Incident", n.IncidentId);
        if (n.Priority.StartsWith("P1", StringComparison.OrdinalIgnoreCase))
        {
            message.Importance = MessageImportance.High;
            message.Priority = MessagePriority.Urgent;
        }

        var body = new BodyBuilder { TextBody = n.Body, HtmlBody = Html(n) };
        message.Body = body.ToMessageBody();
        return message;
    }

    private static string Html(Notification n)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><body>");
        html.Append("<p>").Append(WebUtility.HtmlEncode(n.Body).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        if (n.IsNotice)
        {
            return html.Append("</body></html>").ToString();
        }

        html.Append("<table>");
        foreach (var (title, value) in NotificationFacts.For(n))
        {
            html.Append("<tr><th align=\"left\">").Append(WebUtility.HtmlEncode(title)).Append("</th><td>")
                .Append(WebUtility.HtmlEncode(value)).Append("</td></tr>");
        }

        html.Append("</table><p>");
        Link(html, "Acknowledge", n.Links.Acknowledge);
        html.Append(" &nbsp; ");
        Link(html, "Escalate", n.Links.Escalate);
        if (n.Links.Resolve is { } resolve)
        {
            html.Append(" &nbsp; ");
            Link(html, "Resolve", resolve);
        }

        html.Append("</p></body></html>");
        return html.ToString();
    }

    private static void Link(StringBuilder html, string label, Uri url) =>
        html.Append("<a href=\"").Append(WebUtility.HtmlEncode(url.AbsoluteUri)).Append("\">").Append(label).Append("</a>");
}
