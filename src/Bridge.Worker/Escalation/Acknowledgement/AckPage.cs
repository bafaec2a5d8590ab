using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.Kernel;

namespace Bridge.Worker.Escalation.Acknowledgement;

/// <summary>
/// The page a technician opens from a page at 2 a.m.: what the ticket is, who the client and contact are, the
/// runbook, and three big buttons. GET only shows; each button posts to its own signed link.
/// </summary>
internal static class AckPage
{
    private const string Css = """
        *{box-sizing:border-box}body{margin:0;background:#f3f5f8;color:#17202b;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
        @media (prefers-color-scheme:dark){body{background:#0e131a;color:#e6ebf1}.card{background:#161d26!important;border-color:#263140!important}dt{color:#93a0b0!important}}
        main{max-width:34rem;margin:0 auto;padding:1rem}
        .card{background:#fff;border:1px solid #e2e6ec;border-radius:.6rem;padding:1rem 1.1rem;margin-bottom:1rem}
        h1{font-size:1.25rem;margin:.2rem 0 .6rem}.prio{display:inline-block;background:#c4231c;color:#fff;border-radius:.3rem;padding:.05rem .45rem;font-weight:700;margin-right:.4rem}
        dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem .9rem;margin:0}dt{color:#5b6675}dd{margin:0;overflow-wrap:anywhere}
        .state{font-weight:700}.state.Triggered{color:#c4231c}.state.Acknowledged{color:#9a6700}.state.Resolved,.state.Cancelled{color:#1a7f37}
        form{margin:0 0 .75rem}button{width:100%;font:inherit;font-weight:700;font-size:1.1rem;padding:.9rem;border-radius:.5rem;border:0;cursor:pointer}
        .ack{background:#1a7f37;color:#fff}.esc{background:#9a6700;color:#fff}.res{background:#0b63c5;color:#fff}
        label{display:block;margin:.4rem 0 .2rem;color:#5b6675}input,textarea{width:100%;font:inherit;padding:.55rem;border:1px solid #c9d1db;border-radius:.4rem}
        .msg{font-size:1.1rem;font-weight:600}.refused{border-left:.35rem solid #c4231c}.done{border-left:.35rem solid #1a7f37}
        """;

    public static string Incident(Incident incident, RunbookOptions? runbook, AckActionLinks forms, string? message, NodaTime.DateTimeZone zone)
    {
        var body = HtmlWriter.Build(html =>
        {
            if (message is not null)
            {
                html.Append($"<section class=\"card done\"><p class=\"msg\" id=\"result\">{message}</p></section>");
            }

            var ticket = incident.Ticket;
            html.Append($"<section class=\"card\"><h1><span class=\"prio\">{incident.PriorityLevel ?? ticket.PriorityName ?? "?"}</span>#{incident.TicketId} {ticket.Summary}</h1><dl>");
            html.Append($"<dt>State</dt><dd><span class=\"state {incident.State}\" id=\"state\">{StateText(incident, zone)}</span></dd>");
            html.Append($"<dt>Client</dt><dd>{ticket.CompanyName ?? ticket.CompanyIdentifier ?? "—"}</dd>");
            html.Append($"<dt>Contact</dt><dd>{ticket.ContactName ?? "—"}</dd>");
            html.Append($"<dt>Type</dt><dd>{string.Join(" / ", new[] { ticket.Type, ticket.SubType, ticket.Item }.Where(t => !string.IsNullOrWhiteSpace(t)))}</dd>");
            html.Append($"<dt>Board</dt><dd>{ticket.Board ?? "—"} · {ticket.Status ?? "—"}</dd>");
            html.Append($"<dt>Opened</dt><dd>{LocalClock.Full(incident.OpenedAt, zone)} · incident {incident.Id} · {incident.Policy}</dd>");
            if (runbook is not null)
            {
                html.Append($"<dt>Runbook</dt><dd><a href=\"{runbook.Url}\" rel=\"noreferrer\">{runbook.Url}</a></dd>");
            }

            html.Append($"</dl></section>");
            if (incident.IsOpen)
            {
                html.Append($"<section class=\"card\">");
                if (incident.State == IncidentState.Triggered)
                {
                    html.Append($"<form method=\"post\" action=\"{forms.Acknowledge}\"><button class=\"ack\" id=\"acknowledge\">Acknowledge — I'm on it</button></form>");
                }

                html.Append($"<form method=\"post\" action=\"{forms.Escalate}\"><button class=\"esc\" id=\"escalate\">Escalate to the next person</button></form>");
                html.Append($"<form method=\"post\" action=\"{forms.Resolve}\"><label for=\"minutes\">Minutes worked</label><input id=\"minutes\" name=\"minutes\" type=\"number\" min=\"0\" max=\"1440\" inputmode=\"numeric\" value=\"0\"><label for=\"note\">What was done (goes into the ticket)</label><textarea id=\"note\" name=\"note\" rows=\"3\" maxlength=\"2000\"></textarea><p></p><button class=\"res\" id=\"resolve\">Resolve and log time</button></form>");
                html.Append($"</section>");
            }
        });
        return Document($"#{incident.TicketId} · Bridge", body);
    }

    public static string Refused(string title, string text) =>
        Document(title, HtmlWriter.Build(html => html.Append($"<section class=\"card refused\"><h1>{title}</h1><p>{text}</p></section>")));

    private static string StateText(Incident incident, NodaTime.DateTimeZone zone) => incident.State switch
    {
        IncidentState.Triggered => "Paging — not acknowledged yet",
        IncidentState.Acknowledged => $"Acknowledged by {incident.AcknowledgedByName ?? incident.AcknowledgedBy} at {(incident.AcknowledgedAt is { } at ? LocalClock.Time(at, zone) : "—")}",
        IncidentState.Resolved => $"Resolved: {incident.ClosedReason}",
        _ => $"Cancelled: {incident.ClosedReason}",
    };

    private static string Document(string title, HtmlFragment body) =>
        HtmlWriter.Build(html => html.Append($"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><meta name=\"referrer\" content=\"no-referrer\"><meta name=\"robots\" content=\"noindex\"><title>{title}</title><style>{new HtmlFragment(Css)}</style></head><body><main>{body}</main></body></html>")).Markup;
}
