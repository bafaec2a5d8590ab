using System.Globalization;
using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Kernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Escalation.Acknowledgement;

/// <summary>
/// <c>GET /ack/{incident}/{token}</c> shows the incident with its buttons and changes nothing (mail scanners open
/// every link); <c>POST</c> to the same address performs the link's action. A token that is edited, expired or
/// made for another incident gets a 4xx page and changes nothing.
/// </summary>
internal static class AckEndpoints
{
    public static ContentHttpResult ShowAsync(int incidentId, string token, AckTokens tokens, IncidentStore incidents, IOptionsMonitor<EscalationOptions> options, LocalClock clock, OnCall.IOnCallResolver onCall, TimeProvider time, ILoggerFactory loggers)
    {
        var now = time.GetUtcNow();
        var check = tokens.Check(token, incidentId, now);
        if (Refuse(incidentId, check, loggers) is { } refused)
        {
            return refused;
        }

        if (incidents.Get(incidentId) is not { } incident)
        {
            return Page(StatusCodes.Status404NotFound, AckPage.Refused("No such incident", $"Incident {incidentId} is not in this bridge's records."));
        }

        return Page(StatusCodes.Status200OK, AckPage.Incident(incident, Runbook(options.CurrentValue, incident), Forms(tokens, check.Claim!, now, options.CurrentValue), null, ZoneOf(check.Claim!, clock, onCall)));
    }

    public static async Task<ContentHttpResult> ActAsync(
        int incidentId,
        string token,
        HttpRequest request,
        AckTokens tokens,
        IncidentStore incidents,
        IncidentActions actions,
        IOptionsMonitor<EscalationOptions> options,
        LocalClock clock,
        OnCall.IOnCallResolver onCall,
        TimeProvider time,
        ILoggerFactory loggers,
        [FromServices] IAuditTrail audit,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var check = tokens.Check(token, incidentId, now);
        if (Refuse(incidentId, check, loggers) is { } refused)
        {
            return refused;
        }

        var claim = check.Claim!;
        var key = incidentId.ToString(CultureInfo.InvariantCulture);
        var result = claim.Action switch
        {
            AckAction.Acknowledge => await actions.AcknowledgeAsync(key, claim.Member, TimelineChannels.Link, cancellationToken),
            AckAction.Escalate => await actions.EscalateAsync(key, claim.Member, TimelineChannels.Link, cancellationToken),
            _ => await ResolveAsync(request, key, claim, actions, cancellationToken),
        };
        if (result is null)
        {
            return Page(StatusCodes.Status400BadRequest, AckPage.Refused("Minutes worked is not a number", "Give the minutes worked as a whole number from 0 to 1440, then press Resolve again."));
        }

        if (result.Status == Delivery.AckStatus.Acknowledged)
        {
            audit.Record(new AuditEvent(claim.Member, "incident." + Done(claim.Action), $"incident {incidentId}", result.Message, "web"));
        }

        if (incidents.Get(incidentId) is not { } incident)
        {
            return Page(StatusCodes.Status404NotFound, AckPage.Refused("No such incident", result.Message));
        }

        return Page(StatusCodes.Status200OK, AckPage.Incident(incident, Runbook(options.CurrentValue, incident), Forms(tokens, claim, now, options.CurrentValue), result.Message, ZoneOf(claim, clock, onCall)));
    }

    private static string Done(AckAction action) => action switch
    {
        AckAction.Acknowledge => "acknowledged",
        AckAction.Escalate => "escalated",
        _ => "resolved",
    };

    private static async Task<Delivery.AckResult?> ResolveAsync(HttpRequest request, string incidentId, AckClaim claim, IncidentActions actions, CancellationToken cancellationToken)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
        var minutesText = form?["minutes"].ToString().Trim() ?? "";
        var minutes = 0;
        if (minutesText.Length > 0 && (!int.TryParse(minutesText, NumberStyles.None, CultureInfo.InvariantCulture, out minutes) || minutes > 1440))
        {
            return null;
        }

        var note = form?["note"].ToString();
        if (note is { Length: > 2000 })
        {
            note = note[..2000];
        }

        return await actions.ResolveAsync(incidentId, claim.Member, minutes, note, TimelineChannels.Link, cancellationToken);
    }

    private static ContentHttpResult? Refuse(int incidentId, AckTokenCheck check, ILoggerFactory loggers)
    {
        if (check.Status == AckTokenStatus.Valid)
        {
            return null;
        }

        EscalationLog.LinkRefused(loggers.CreateLogger("Bridge.Worker.Escalation"), incidentId, check.Status.ToString());
        return check.Status switch
        {
            AckTokenStatus.Expired => Page(StatusCodes.Status410Gone, AckPage.Refused("This link has expired", "Links in a page work for a limited time. Use the link in the latest page you received, or reply ACK to the latest SMS.")),
            AckTokenStatus.OtherIncident => Page(StatusCodes.Status403Forbidden, AckPage.Refused("This link is for another incident", "Nothing was changed. Use the link from the page about this incident.")),
            _ => Page(StatusCodes.Status403Forbidden, AckPage.Refused("This link is not valid", "The link is incomplete or has been altered, so nothing was changed. Open it again from the page you received; copy the whole address.")),
        };
    }

    /// <summary>Each button posts to its own link for the same person, made now.</summary>
    private static AckActionLinks Forms(AckTokens tokens, AckClaim claim, DateTimeOffset now, EscalationOptions options)
    {
        string Path(AckAction action) => $"/ack/{claim.IncidentId}/{tokens.Create(claim with { Action = action, ExpiresAt = now + options.LinkLifetime })}";
        return new AckActionLinks(Path(AckAction.Acknowledge), Path(AckAction.Escalate), Path(AckAction.Resolve));
    }

    /// <summary>Times on the page in the person's own zone (a technician in Chicago reads Chicago time), else the MSP's.</summary>
    private static NodaTime.DateTimeZone ZoneOf(AckClaim claim, LocalClock clock, OnCall.IOnCallResolver onCall) =>
        onCall.FindPerson(claim.Member)?.TimeZone is { Length: > 0 } id && TimeZoneResolver.Find(id) is { } zone ? zone : clock.Zone;

    internal static RunbookOptions? Runbook(EscalationOptions options, Incident incident) =>
        options.Runbooks
            .Where(r => string.Equals(r.Type.Trim(), incident.Ticket.Type?.Trim(), StringComparison.OrdinalIgnoreCase)
                && (string.IsNullOrWhiteSpace(r.SubType) || string.Equals(r.SubType.Trim(), incident.Ticket.SubType?.Trim(), StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(r => string.IsNullOrWhiteSpace(r.SubType) ? 0 : 1)
            .FirstOrDefault();

    private static ContentHttpResult Page(int status, string html) => TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
}
