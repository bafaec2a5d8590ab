using Bridge.Connectors.Notifications.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bridge.Connectors.Notifications.Teams;

/// <summary>
/// Microsoft Teams through an incoming webhook: one Adaptive Card per page (see <see cref="TeamsCard"/>).
/// The contact address is the person's own webhook URL, or empty for the channel's default.
/// Retried only when the post was certainly not processed (see <see cref="ChannelHttpPipeline"/>).
/// </summary>
internal sealed class TeamsChannel(IHttpClientFactory clients, IOptionsMonitor<ChannelsOptions> options, ILogger<TeamsChannel> logger) : INotificationChannel
{
    public const string HttpClientName = "Bridge.Notifications.Teams";

    public string Kind => ChannelKinds.Teams;

    public bool IsConfigured => options.CurrentValue.Teams is not null;

    public Task<DeliveryResult> SendAsync(Notification notification, ContactAddress to, CancellationToken cancellationToken)
    {
        if (options.CurrentValue.Teams is not { } settings)
        {
            return Task.FromResult(DeliveryResult.Failed("the Teams channel is not configured", transient: false));
        }

        if (!WebhookTarget.TryResolve(to.Address, settings.WebhookUrl, out var url, out var reason))
        {
            NotificationChannelLog.BadAddress(logger, Kind, AddressMask.For(to.Address), reason);
            return Task.FromResult(DeliveryResult.Failed(reason, transient: false));
        }

        return JsonPost.SendAsync(clients, HttpClientName, Kind, url, TeamsCard.Build(notification), null, to, logger, cancellationToken);
    }
}
