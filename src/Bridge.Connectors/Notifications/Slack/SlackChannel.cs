using Bridge.Connectors.Notifications.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bridge.Connectors.Notifications.Slack;

/// <summary>
/// Slack through an incoming webhook: one Block Kit message per page (see <see cref="SlackMessage"/>).
/// The contact address is the person's own webhook URL, or empty for the channel's default.
/// Retried only when the post was certainly not processed (see <see cref="ChannelHttpPipeline"/>).
/// </summary>
internal sealed class SlackChannel(IHttpClientFactory clients, IOptionsMonitor<ChannelsOptions> options, ILogger<SlackChannel> logger) : INotificationChannel
{
    public const string HttpClientName = "Bridge.Notifications.Slack";

    public string Kind => ChannelKinds.Slack;

    public bool IsConfigured => options.CurrentValue.Slack is not null;

    public Task<DeliveryResult> SendAsync(Notification notification, ContactAddress to, CancellationToken cancellationToken)
    {
        if (options.CurrentValue.Slack is not { } settings)
        {
            return Task.FromResult(DeliveryResult.Failed("the Slack channel is not configured", transient: false));
        }

        if (!WebhookTarget.TryResolve(to.Address, settings.WebhookUrl, out var url, out var reason))
        {
            NotificationChannelLog.BadAddress(logger, Kind, AddressMask.For(to.Address), reason);
            return Task.FromResult(DeliveryResult.Failed(reason, transient: false));
        }

        return JsonPost.SendAsync(clients, HttpClientName, Kind, url, SlackMessage.Build(notification), null, to, logger, cancellationToken);
    }
}
