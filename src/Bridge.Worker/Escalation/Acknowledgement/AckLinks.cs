using Bridge.Connectors.Notifications;
using Bridge.Worker.Escalation.Policies;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Escalation.Acknowledgement;

/// <summary>Makes the signed links a page carries: <c>{PublicUrl}/ack/{incident}/{token}</c>, one per action, bound to the person paged.</summary>
internal sealed class AckLinks(AckTokens tokens, IOptionsMonitor<EscalationOptions> options, IConfiguration configuration, IServer? server = null)
{
    public ActionLinks For(int incidentId, string member, DateTimeOffset now) => new(
        Link(incidentId, member, AckAction.Acknowledge, now),
        Link(incidentId, member, AckAction.Escalate, now),
        Link(incidentId, member, AckAction.Resolve, now));

    public Uri Link(int incidentId, string member, AckAction action, DateTimeOffset now)
    {
        var token = tokens.Create(new AckClaim(incidentId, member, action, now + options.CurrentValue.LinkLifetime));
        return new Uri(BaseUrl(), $"ack/{incidentId}/{token}");
    }

    /// <summary>Where technicians reach the bridge: <c>Escalation:PublicUrl</c>, else the first address Kestrel listens on (as bound: port 0 becomes the real port).</summary>
    public Uri BaseUrl()
    {
        var configured = options.CurrentValue.PublicUrl;
        if (configured.Length == 0)
        {
            configured = server?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? configuration["Urls"]
                ?? "http://localhost:5000";
            configured = configured.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "http://localhost:5000";
            configured = configured.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal);
        }

        return new Uri(configured.EndsWith('/') ? configured : configured + "/");
    }
}
