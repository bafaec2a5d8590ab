using System.Security;
using Bridge.Connectors.Notifications;
using Bridge.Connectors.Notifications.Sms;
using Bridge.Worker.Kernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Escalation.Delivery;

/// <summary>
/// The SMS gateway's webhooks. <c>POST /sms/inbound</c>: a reply of <c>ACK</c> or <c>1</c> acknowledges the incident
/// of the latest page sent to that number; anything else gets a short help text (TwiML). <c>POST /sms/status</c>:
/// delivery receipts. Both refuse (403) an unsigned or wrongly signed request before touching anything.
/// </summary>
internal static class SmsEndpoints
{
    public const string HelpText = "Bridge: reply ACK (or 1) to acknowledge your latest page. Use the links in the page to escalate or resolve.";

    public static async Task<Results<ContentHttpResult, StatusCodeHttpResult>> InboundAsync(
        HttpRequest request,
        IOptionsMonitor<ChannelsOptions> options,
        DeliveryLogRepository log,
        IAcknowledgementService acknowledgements,
        ILoggerFactory loggers,
        [FromServices] IAuditTrail audit,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(NotificationLog.CategoryName);
        var sms = options.CurrentValue.Sms;
        if (await ReadOrRefuseAsync(request, sms, sms?.InboundUrl, logger, cancellationToken) is not { } form)
        {
            return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
        }

        var from = PhoneNumber.Normalize(form["From"].ToString());
        var body = form["Body"].ToString().Trim().TrimEnd('.', '!').Trim();
        if (!body.Equals("ACK", StringComparison.OrdinalIgnoreCase) && body != "1")
        {
            return TwiML(HelpText);
        }

        var page = log.LatestReached(ChannelKinds.Sms, from);
        if (page is null)
        {
            NotificationLog.InboundUnmatched(logger, AddressMask.For(from));
            return TwiML("Bridge: no page was sent to this number, so there is nothing to acknowledge.");
        }

        var result = await acknowledgements.AcknowledgeAsync(page.IncidentId, page.PersonId, ChannelKinds.Sms, cancellationToken);
        NotificationLog.InboundAcknowledged(logger, AddressMask.For(from), page.IncidentId, result.Status.ToString());
        if (result.Status == AckStatus.Acknowledged)
        {
            audit.Record(new AuditEvent(page.PersonId, "incident.acknowledged", $"incident {page.IncidentId}", result.Message, ChannelKinds.Sms));
        }

        return TwiML("Bridge: " + result.Message);
    }

    public static async Task<Results<NoContent, StatusCodeHttpResult>> StatusAsync(
        HttpRequest request,
        IOptionsMonitor<ChannelsOptions> options,
        DeliveryLogRepository log,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(NotificationLog.CategoryName);
        var sms = options.CurrentValue.Sms;
        if (await ReadOrRefuseAsync(request, sms, sms?.StatusCallbackUrl, logger, cancellationToken) is not { } form)
        {
            return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
        }

        DeliveryState? state = form["MessageStatus"].ToString().ToLowerInvariant() switch
        {
            "delivered" => DeliveryState.Delivered,
            "read" => DeliveryState.Read,
            "undelivered" or "failed" => DeliveryState.Failed,
            _ => null,
        };
        var sid = form["MessageSid"].ToString();
        if (state is { } s && sid.Length > 0 && log.ApplyReceipt(ChannelKinds.Sms, sid, s, time.GetUtcNow()) is not null)
        {
            NotificationLog.ReceiptApplied(logger, sid, s);
        }

        return TypedResults.NoContent();
    }

    /// <summary>The verified form, or null after logging why the request was refused.</summary>
    private static async Task<IFormCollection?> ReadOrRefuseAsync(
        HttpRequest request, SmsChannelOptions? sms, string? configuredUrl, ILogger logger, CancellationToken cancellationToken)
    {
        var (form, refusal) = await SmsWebhookRequest.ReadVerifiedAsync(request, sms, configuredUrl, cancellationToken);
        if (form is null)
        {
            NotificationLog.InboundRefused(logger, refusal!);
        }

        return form;
    }

    private static ContentHttpResult TwiML(string message) =>
        TypedResults.Content(
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>{SecurityElement.Escape(message)}</Message></Response>",
            "application/xml",
            System.Text.Encoding.UTF8);
}
