using Bridge.Connectors.Notifications.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bridge.Connectors.Notifications.Teams;

/// <summary>Microsoft Teams through an incoming webhook: one Adaptive Card per page (see <see cref="TeamsCard"/>).</summary>
internal sealed class TeamsChannel(IHttpClientFactory clients, IOptionsMonitor<ChannelsOptions> options, ILogger<TeamsChannel> logger)
    : ChatWebhookChannel(clients, options, logger)
{
    public const string ClientName = "Bridge.Notifications.Teams";

    public override string Kind => ChannelKinds.Teams;

    protected override string HttpClientName => ClientName;

    protected override (bool Configured, string? DefaultUrl) Settings(ChannelsOptions options) =>
        (options.Teams is not null, options.Teams?.WebhookUrl);

    protected override System.Text.Json.Nodes.JsonNode Build(Notification notification) => TeamsCard.Build(notification);
}
