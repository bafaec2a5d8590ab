using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bridge.Connectors.Notifications.Http;

/// <summary>
/// A chat service reached through an incoming webhook (Slack, Teams): the contact address is the
/// person's own webhook URL, or empty for the channel's default; the message body is the service's
/// own card format. Retried only when the post was certainly not processed (see <see cref="ChannelHttpPipeline"/>).
/// </summary>
internal abstract class ChatWebhookChannel(IHttpClientFactory clients, IOptionsMonitor<ChannelsOptions> options, ILogger logger) : INotificationChannel
{
    public abstract string Kind { get; }

    /// <summary>The named HTTP client that carries this channel's pipeline.</summary>
    protected abstract string HttpClientName { get; }

    public bool IsConfigured => Settings(options.CurrentValue).Configured;

    public Task<DeliveryResult> SendAsync(Notification notification, ContactAddress to, CancellationToken cancellationToken)
    {
        var (configured, defaultUrl) = Settings(options.CurrentValue);
        if (!configured)
        {
            return Task.FromResult(DeliveryResult.Failed($"the {Kind} channel is not configured", transient: false));
        }

        if (!WebhookTarget.TryResolve(to.Address, defaultUrl, out var url, out var reason))
        {
            NotificationChannelLog.BadAddress(logger, Kind, AddressMask.For(to.Address), reason);
            return Task.FromResult(DeliveryResult.Failed(reason, transient: false));
        }

        return JsonPost.SendAsync(clients, HttpClientName, Kind, url, Build(notification), null, to, logger, cancellationToken);
    }

    /// <summary>Whether the channel's section is present, and its default webhook URL.</summary>
    protected abstract (bool Configured, string? DefaultUrl) Settings(ChannelsOptions options);

    /// <summary>The JSON body the service expects for one page.</summary>
    protected abstract System.Text.Json.Nodes.JsonNode Build(Notification notification);
}
