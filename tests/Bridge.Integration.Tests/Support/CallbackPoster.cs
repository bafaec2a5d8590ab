using System.Net;
using System.Net.Http.Headers;

namespace Bridge.Integration.Tests.Support;

/// <summary>Posts a callback body to the bridge as ConnectWise would: raw bytes, JSON, signature header.</summary>
public static class CallbackPoster
{
    public static async Task<HttpResponseMessage> PostAsync(IngestHost bridge, byte[] body, string? signature, string? path = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path ?? bridge.CallbackPath + "1&action=updated");
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("x-content-signature", signature);
        }

        return await bridge.Http.SendAsync(request);
    }

    public static async Task<HttpStatusCode> PostAsync(IngestHost bridge, ReceivedCallback callback)
    {
        using var response = await PostAsync(bridge, callback.Body, callback.Signature);
        return response.StatusCode;
    }
}
