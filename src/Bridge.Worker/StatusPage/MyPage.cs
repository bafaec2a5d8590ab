using System.Globalization;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Kernel;
using Bridge.Worker.OnCall;
using Microsoft.AspNetCore.Antiforgery;

namespace Bridge.Worker.StatusPage;

/// <summary>
/// <c>GET /me</c>: what a technician needs of the bridge: who they are signed in as, their shifts in the next two weeks,
/// the pages sent to them in the last two weeks, and a sign-out button. Every signed-in person may open it.
/// </summary>
internal static class MyPage
{
    public const string Path = "/me";
    private static readonly TimeSpan Window = TimeSpan.FromDays(14);

    public static IEndpointRouteBuilder MapMyPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, Show).ForRole(AccessRole.Technician, page: true);
        return endpoints;
    }

    private static IResult Show(HttpContext context, OnCallResolver onCall, IncidentTimeline timeline, IAntiforgery antiforgery, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var member = context.User.FindFirst(AccessClaims.Member)?.Value;
        var person = member is null ? null : onCall.FindPerson(member);
        var zone = TimeZoneResolver.Find(person?.TimeZone) ?? NodaTime.DateTimeZone.Utc;
        var role = AccessRoles.Of(context.User) is { } r ? AccessRoles.Name(r) : "none";
        var tokens = antiforgery.GetAndStoreTokens(context);
        string Local(DateTimeOffset at) => NodaTime.Instant.FromDateTimeOffset(at).InZone(zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);

        var body = HtmlWriter.Build(html =>
        {
            html.Append($"<section class=\"card\"><h1>{person?.Name ?? AccessClaims.ActorOf(context)}</h1><p>Signed in as <strong>{AccessClaims.ActorOf(context)}</strong> ({role}). Times in {zone.Id}.</p>");
            html.Append($"<form method=\"post\" action=\"/signout\"><input type=\"hidden\" name=\"{tokens.FormFieldName}\" value=\"{tokens.RequestToken}\"><button id=\"signout\">Sign out</button></form></section>");
            if (person is null)
            {
                html.Append($"<section class=\"card\"><p id=\"not-on-call\">You are not one of the on-call people. An admin can add your e-mail address as a contact of yours in OnCall:People.</p></section>");
                return;
            }

            var shifts = onCall.ShiftsOf(person.Member, now, now + Window);
            html.Append($"<section class=\"card\" id=\"shifts\"><h2>Your shifts, next 14 days</h2>");
            if (shifts.Count == 0)
            {
                html.Append($"<p>None.</p>");
            }
            else
            {
                html.Append($"<table><thead><tr><th scope=\"col\">Schedule</th><th scope=\"col\">From</th><th scope=\"col\">To</th></tr></thead><tbody>");
                foreach (var shift in shifts)
                {
                    html.Append($"<tr><td>{shift.Schedule}</td><td>{Local(shift.Start)}</td><td>{Local(shift.End)}</td></tr>");
                }

                html.Append($"</tbody></table>");
            }

            html.Append($"</section>");
            var pages = timeline.PagesTo(person.Member, now - Window, 100);
            html.Append($"<section class=\"card\" id=\"pages\"><h2>Pages to you, last 14 days</h2>");
            if (pages.Count == 0)
            {
                html.Append($"<p>None.</p>");
            }
            else
            {
                html.Append($"<table><thead><tr><th scope=\"col\">When</th><th scope=\"col\">Ticket</th><th scope=\"col\">How</th><th scope=\"col\">What happened</th></tr></thead><tbody>");
                foreach (var page in pages)
                {
                    html.Append($"<tr><td>{Local(page.At)}</td><td>#{page.TicketId} {page.Ticket?.Summary ?? ""}</td><td>{page.Channel ?? "—"}</td><td>{page.Text}</td></tr>");
                }

                html.Append($"</tbody></table>");
            }

            html.Append($"</section>");
        });
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(Document(body), "text/html; charset=utf-8");
    }

    private const string Css = """
        *{box-sizing:border-box}body{margin:0;background:#f3f5f8;color:#17202b;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
        main{max-width:48rem;margin:0 auto;padding:1rem}.card{background:#fff;border:1px solid #e2e6ec;border-radius:.6rem;padding:1rem 1.1rem;margin-bottom:1rem}
        h1{font-size:1.3rem;margin:.1rem 0 .5rem}h2{font-size:1.05rem;margin:.1rem 0 .5rem}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e2e6ec;vertical-align:top}
        button{font:inherit;font-weight:700;padding:.5rem 1rem;border-radius:.4rem;border:0;background:#0b63c5;color:#fff;cursor:pointer}
        """;

    private static string Document(HtmlFragment body) =>
        HtmlWriter.Build(html => html.Append($"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><meta name=\"robots\" content=\"noindex\"><title>Your shifts and pages · Bridge</title><style>{new HtmlFragment(Css)}</style></head><body><main>{body}</main></body></html>")).Markup;
}
