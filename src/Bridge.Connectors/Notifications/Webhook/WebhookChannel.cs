using System.Globalization;
using Bridge.Connectors.Notifications.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bridge.Connectors.Notifications.Webhook;

/// <summary>
/// A generic JSON webhook (<see cref="WebhookPayload"/>) signed with <see cref="WebhookSignature"/>, so an MSP can
/// plug in any paging app. The contact address is the person's id in that app. Retried only when the post was
/// certainly not processed.
/// </summary>
internal sealed class WebhookChannel(IHttpClientFactory clients, IOptionsMonitor<ChannelsOptions> options, TimeProvider time, ILogger<WebhookChannel> logger) : INotificationChannel
{
    public const string HttpClientName = "Bridge.Notifications.Webhook";

    public string Kind => ChannelKinds.Webhook;

    public bool IsConfigured => options.CurrentValue.Webhook is not null;

    public Task<DeliveryResult> SendAsync(Notification notification, ContactAddress to, CancellationToken cancellationToken)
    {
        if (options.CurrentValue.Webhook is not { } settings)
        {
            return Task.FromResult(DeliveryResult.Failed("the webhook channel is not configured", transient: false));
        }

        if (!WebhookTarget.TryResolve(null, settings.Url, out var url, out var reason))
        {
            return Task.FromResult(DeliveryResult.Failed(reason, transient: false));
        }

        var now = time.GetUtcNow();
        var timestamp = now.ToUnixTimeSeconds();
        return JsonPost.SendAsync(
            clients,
            HttpClientName,
            Kind,
            url,
            WebhookPayload.Build(notification, to, now),
            (request, body) =>
            {
                request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
                request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Compute(settings.Secret, timestamp, body));
                request.Headers.Add(WebhookSignature.IdempotencyHeader, notification.DedupKey);
            },
            to,
            logger,
            cancellationToken);
    }
}
