using Bridge.Connectors.Notifications.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bridge.Connectors.Notifications.Slack;

/// <summary>Slack through an incoming webhook: one Block Kit message per page (see <see cref="SlackMessage"/>).</summary>
internal sealed class SlackChannel(IHttpClientFactory clients, IOptionsMonitor<ChannelsOptions> options, ILogger<SlackChannel> logger)
    : ChatWebhookChannel(clients, options, logger)
{
    public const string ClientName = "Bridge.Notifications.Slack";

    public override string Kind => ChannelKinds.Slack;

    protected override string HttpClientName => ClientName;

    protected override (bool Configured, string? DefaultUrl) Settings(ChannelsOptions options) =>
        (options.Slack is not null, options.Slack?.WebhookUrl);

    protected override System.Text.Json.Nodes.JsonNode Build(Notification notification) => SlackMessage.Build(notification);
}
