using System.Globalization;
using Bridge.Connectors.Notifications;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Escalation.Delivery;

/// <summary>Renders a page's subject and text for one channel kind from the configured templates.</summary>
internal sealed class MessageComposer(IOptionsMonitor<NotificationOptions> options)
{
    public Notification Compose(Notification page, string kind)
    {
        if (page.IsNotice)
        {
            // A notice comes written; an SMS carries its text on one line.
            return kind.Equals(ChannelKinds.Sms, StringComparison.OrdinalIgnoreCase) ? page with { Subject = "", Body = OneLine(page.Body) } : page;
        }

        var templates = options.CurrentValue.Templates;
        var values = Values(page);
        return kind.ToLowerInvariant() switch
        {
            ChannelKinds.Email => page with
            {
                Subject = OneLine(TemplateRenderer.Render(templates.EmailSubject, values)),
                Body = TemplateRenderer.Render(templates.EmailBody, values),
            },
            ChannelKinds.Sms => page with { Subject = "", Body = SmsText.Render(templates.Sms, values) },
            _ => page with
            {
                Subject = OneLine(TemplateRenderer.Render(templates.ChatTitle, values)),
                Body = TemplateRenderer.Render(templates.ChatBody, values),
            },
        };
    }

    internal static Dictionary<string, string> Values(Notification page) => new(StringComparer.Ordinal)
    {
        ["ticketId"] = page.TicketId.ToString(CultureInfo.InvariantCulture),
        ["summary"] = OneLine(page.Summary),
        ["client"] = OneLine(page.Client),
        ["contact"] = OneLine(page.ContactName),
        ["contactPhone"] = OneLine(page.ContactPhone),
        ["priority"] = page.Priority,
        ["dueAt"] = page.DueAt?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) ?? "",
        ["ackUrl"] = page.Links.Acknowledge.AbsoluteUri,
        ["escalateUrl"] = page.Links.Escalate.AbsoluteUri,
        ["resolveUrl"] = page.Links.Resolve?.AbsoluteUri ?? "",
        ["incidentId"] = page.IncidentId,
        ["step"] = page.Step.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Ticket text may carry line breaks; a subject or an SMS field must not (header injection, layout).</summary>
    internal static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
