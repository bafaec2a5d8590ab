using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace Bridge.Connectors.Notifications.Http;

/// <summary>Posts one JSON document through a channel's named (resilient) client and logs the outcome.</summary>
internal static class JsonPost
{
    public static async Task<DeliveryResult> SendAsync(
        IHttpClientFactory clients,
        string clientName,
        string kind,
        Uri url,
        JsonNode body,
        Action<HttpRequestMessage, byte[]>? decorate,
        ContactAddress to,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        decorate?.Invoke(request, bytes);

        var result = await HttpDelivery.SendAsync(
            clients.CreateClient(clientName),
            request,
            (_, _) => Task.FromResult(DeliveryResult.Sent()),
            null,
            cancellationToken);
        if (result.Status == DeliveryStatus.Sent)
        {
            NotificationChannelLog.Sent(logger, kind, AddressMask.For(to.Address), null);
        }
        else
        {
            NotificationChannelLog.NotSent(logger, kind, AddressMask.For(to.Address), result.Status, result.Reason);
        }

        return result;
    }
}
